import type { HandoutLogo } from '../../../shared/handout'
import { isImageDataIntact } from './image-check'
import { imageKind, imageSize } from './image-size'

/** A phone photo is about 12 MP; more than this prints no better and slows every handout. */
export const PHOTO_MAX_PIXELS = 40_000_000

/**
 * Whether an exercise photo can be printed: PNG or JPEG (pdfmake prints nothing else), a sane
 * pixel size and intact data. Checked when the photo is added, and again before each handout.
 */
export function printablePhoto(bytes: Uint8Array): { image: HandoutLogo; problem?: undefined } | { image?: undefined; problem: string } {
  const kind = imageKind(bytes)
  if (!kind) return { problem: 'Use a JPEG or PNG photo: other image types cannot be printed on the handout.' }
  const size = imageSize(bytes, kind)
  if (!size || !isImageDataIntact(bytes, kind)) return { problem: 'That photo is damaged and cannot be printed. Choose another one.' }
  if (size.width * size.height > PHOTO_MAX_PIXELS) {
    return { problem: `That photo is ${size.width} × ${size.height} pixels, too large to print. Use one under 40 megapixels.` }
  }
  const mime = kind === 'png' ? 'image/png' : 'image/jpeg'
  return { image: { dataUrl: `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`, ...size } }
}
