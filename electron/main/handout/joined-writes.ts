/**
 * pdfkit writes every operation of a page (each path segment of a drawing, each text) into the
 * content stream as its own Buffer, `Buffer.from(op + '\n', 'binary')`: thousands of small
 * allocations per handout. Here a stream keeps such text as strings and makes one Buffer of each
 * run of them, when a Buffer chunk comes or the stream is finalized: the same bytes in the same
 * order, the same length. The internals reached, as pdfkit 0.19 (under pdfmake 0.3.11) defines
 * them: a stream object's `write(chunk)` and `finalize()`.
 */
interface PdfStream {
  write(chunk: unknown): void
  finalize(): void
  pendingText?: string[]
}

function isPdfStream(value: unknown): value is PdfStream {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'write') === 'function' &&
    typeof Reflect.get(value, 'finalize') === 'function' && Array.isArray(Reflect.get(value, 'buffer'))
}

/** `sample` is any pdfkit document pdfmake made, with a page: its content stream's class is patched once. */
export function joinTextWrites(sample: object): void {
  const content: unknown = Reflect.get(Reflect.get(sample, 'page') ?? {}, 'content')
  const proto: unknown = content && Object.getPrototypeOf(content)
  if (!isPdfStream(content) || typeof proto !== 'object' || proto === null || !('write' in proto) || !('finalize' in proto)) {
    throw new Error('pdfkit internals changed: cannot join the writes of a stream (expected pdfkit 0.19 under pdfmake 0.3.11)')
  }
  if (Object.prototype.hasOwnProperty.call(proto, '__joinsTextWrites')) return
  const { write, finalize } = proto as PdfStream
  const flush = (stream: PdfStream) => {
    const text = stream.pendingText
    if (!text?.length) return
    stream.pendingText = []
    // pdfkit ends each text chunk with a newline; it adds the last one here.
    write.call(stream, text.join('\n'))
  }
  ;(proto as PdfStream).write = function (this: PdfStream, chunk: unknown) {
    if (chunk instanceof Uint8Array) {
      flush(this)
      write.call(this, chunk)
    } else {
      // As pdfkit turns a chunk into text (`chunk + '\n'`).
      ;(this.pendingText ??= []).push(`${chunk as string}`)
    }
  }
  ;(proto as PdfStream).finalize = function (this: PdfStream) {
    flush(this)
    finalize.call(this)
  }
  Object.defineProperty(proto, '__joinsTextWrites', { value: true })
}
