import { inflateSync } from 'node:zlib'
import type { ImageKind } from './image-size'

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }

/**
 * pdfkit copies PNG and JPEG data into the PDF as it is, so a damaged file would print as a
 * broken picture (or make the viewer complain). PNG: every chunk must be whole and the image
 * data must inflate to the size the header promises. JPEG: it must reach its end marker.
 */
export function isImageDataIntact(bytes: Uint8Array, kind: ImageKind): boolean {
  return kind === 'png' ? isPngIntact(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) : isJpegIntact(bytes)
}

function isPngIntact(png: Buffer): boolean {
  let at = 8
  const data: Buffer[] = []
  let header: Buffer | undefined
  while (at + 12 <= png.length) {
    const length = png.readUInt32BE(at)
    const type = png.toString('latin1', at + 4, at + 8)
    if (at + 12 + length > png.length) return false
    if (type === 'IHDR') header = png.subarray(at + 8, at + 8 + length)
    if (type === 'IDAT') data.push(png.subarray(at + 8, at + 8 + length))
    if (type === 'IEND') break
    at += 12 + length
  }
  if (!header || header.length < 13 || data.length === 0) return false
  const width = header.readUInt32BE(0)
  const height = header.readUInt32BE(4)
  const channels = CHANNELS[header[9]!]
  if (channels === undefined) return false
  try {
    const pixels = inflateSync(Buffer.concat(data))
    if (header[12] !== 0) return pixels.length > 0
    return pixels.length >= height * (1 + Math.ceil((width * channels * header[8]!) / 8))
  } catch {
    return false
  }
}

function isJpegIntact(jpeg: Uint8Array): boolean {
  let end = jpeg.length
  // Some cameras pad files after the end marker.
  while (end > 2 && jpeg[end - 1] === 0x00) end--
  return end >= 4 && jpeg[end - 2] === 0xff && jpeg[end - 1] === 0xd9
}
