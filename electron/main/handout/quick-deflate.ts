import { deflateSync } from 'node:zlib'

/**
 * pdfkit compresses every stream (page contents, embedded fonts) with zlib's default level 6,
 * about a fifth of a handout's render time. Level 1 costs about a third of that for a file some
 * 10 % larger. The internals reached, as pdfkit 0.19 (under pdfmake 0.3.11) defines them: a
 * stream object collects its chunks in `buffer` and deflates them in `finalize` when `compress`.
 */
interface PdfStream {
  buffer: Uint8Array[]
  compress: boolean
  data: { Filter?: string }
  finalize(): void
}

const LEVEL = 1

function isPdfStream(value: unknown): value is PdfStream {
  return typeof value === 'object' && value !== null && Array.isArray(Reflect.get(value, 'buffer')) &&
    typeof Reflect.get(value, 'compress') === 'boolean' && typeof Reflect.get(value, 'finalize') === 'function'
}

/** `sample` is any pdfkit document pdfmake made, with a page: its content stream's class is patched once. */
export function deflateStreamsQuickly(sample: object): void {
  const content: unknown = Reflect.get(Reflect.get(sample, 'page') ?? {}, 'content')
  const proto: unknown = content && Object.getPrototypeOf(content)
  if (!isPdfStream(content) || typeof proto !== 'object' || proto === null) {
    throw new Error('pdfkit internals changed: cannot set the compression level (expected pdfkit 0.19 under pdfmake 0.3.11)')
  }
  if (Object.prototype.hasOwnProperty.call(proto, '__quickDeflate')) return
  const finalize = (proto as PdfStream).finalize
  ;(proto as PdfStream).finalize = function (this: PdfStream) {
    if (this.compress && this.buffer.length > 0) {
      this.buffer = [deflateSync(Buffer.concat(this.buffer), { level: LEVEL })]
      this.data.Filter = 'FlateDecode'
      this.compress = false
    }
    finalize.call(this)
  }
  Object.defineProperty(proto, '__quickDeflate', { value: true })
}
