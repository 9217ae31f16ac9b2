import { deflateSync } from 'node:zlib'

/**
 * pdfkit compresses every stream (page contents, embedded fonts) with zlib's default level 6,
 * about a fifth of a handout's render time. Level 1 costs about a third of that for a file some
 * 10 % larger. And it turns every drawing or text operator into a Buffer of its own as it is
 * written (thousands of small Buffers a page, and their garbage): here the operators are joined
 * as strings of a few kilobytes, each turned into bytes once. The internals reached, as
 * pdfkit 0.19 (under pdfmake 0.3.11) defines them: a stream object's `write(chunk)` takes a
 * Uint8Array or anything else as text (written as 'binary' with a line break), collects the
 * chunks in `buffer`, counts `uncompressedLength` and `data.Length`, and deflates them in
 * `finalize` when `compress`.
 */
interface PdfStream {
  buffer: Uint8Array[]
  compress: boolean
  uncompressedLength: number
  data: { Filter?: string; Length?: number }
  write(chunk: unknown): void
  finalize(): void
  /** Text written since the last bytes, not yet turned into bytes. */
  __text?: string
}

const LEVEL = 1
/**
 * Text is turned into bytes every few kilobytes: one long string built of thousands of small
 * writes costs more to flatten than short ones (measured: 2 ms against 0.5 ms for 430 KB).
 */
const TEXT_RUN = 4096

/**
 * A stream written as one chunk of bytes seen before (a font file reused by shared-fonts) keeps
 * its compressed bytes: deflate gives the same output for the same input.
 */
const deflatedOnce = new WeakMap<Uint8Array, Buffer>()

function deflated(chunks: Uint8Array[]): Buffer {
  const only = chunks.length === 1 ? chunks[0]! : undefined
  const known = only && deflatedOnce.get(only)
  if (known) return known
  const bytes = deflateSync(only ?? Buffer.concat(chunks), { level: LEVEL })
  if (only) deflatedOnce.set(only, bytes)
  return bytes
}

function isPdfStream(value: unknown): value is PdfStream {
  return typeof value === 'object' && value !== null && Array.isArray(Reflect.get(value, 'buffer')) &&
    typeof Reflect.get(value, 'compress') === 'boolean' && typeof Reflect.get(value, 'finalize') === 'function' &&
    typeof Reflect.get(value, 'write') === 'function' && typeof Reflect.get(value, 'uncompressedLength') === 'number'
}

/** `sample` is any pdfkit document pdfmake made, with a page: its content stream's class is patched once. */
export function deflateStreamsQuickly(sample: object): void {
  const content: unknown = Reflect.get(Reflect.get(sample, 'page') ?? {}, 'content')
  const proto: unknown = content && Object.getPrototypeOf(content)
  if (!isPdfStream(content) || typeof proto !== 'object' || proto === null) {
    throw new Error('pdfkit internals changed: cannot set the compression level (expected pdfkit 0.19 under pdfmake 0.3.11)')
  }
  if (Object.prototype.hasOwnProperty.call(proto, '__quickDeflate')) return
  const { finalize, write } = proto as PdfStream
  const flush = (stream: PdfStream) => {
    if (!stream.__text) return
    stream.buffer.push(Buffer.from(stream.__text, 'binary'))
    stream.__text = ''
  }
  ;(proto as PdfStream).write = function (this: PdfStream, chunk: unknown) {
    if (chunk instanceof Uint8Array) {
      flush(this)
      write.call(this, chunk)
      return
    }
    const text = (chunk as string) + '\n'
    this.__text = (this.__text ?? '') + text
    this.uncompressedLength += text.length
    this.data.Length = (this.data.Length ?? 0) + text.length
    if (this.compress) this.data.Filter = 'FlateDecode'
    if (this.__text.length > TEXT_RUN) flush(this)
  }
  ;(proto as PdfStream).finalize = function (this: PdfStream) {
    flush(this)
    if (this.compress && this.buffer.length > 0) {
      this.buffer = [deflated(this.buffer)]
      this.data.Filter = 'FlateDecode'
      this.compress = false
    }
    finalize.call(this)
  }
  Object.defineProperty(proto, '__quickDeflate', { value: true })
}
