import type { HandoutLogo, HandoutWarning } from '../../../shared/handout'
import { isImageDataIntact } from './image-check'
import { imageKind, imageSize } from './image-size'

export const LOGO_MAX_BYTES = 2 * 1024 * 1024
/** Bigger images print no better on a 4 cm logo and take long to decode for every handout. */
export const LOGO_MAX_PIXELS = 16_000_000
const LOGO_MAX_SIDE = 8000

export type LogoResult = { logo: HandoutLogo; warning?: undefined } | { logo?: undefined; warning: HandoutWarning }

const unusable = (reason: string): LogoResult => ({
  warning: { code: 'logo-unusable', field: 'clinic logo', message: `${reason} The handout was made without the logo.` }
})

// Loaded when a handout has a logo file: the command line's cold start does not pay for it otherwise.
const files = () => import('node:fs/promises')

async function readBytes(source: string | Uint8Array): Promise<Uint8Array | LogoResult> {
  if (typeof source !== 'string') return source
  try {
    const { readFile, stat } = await files()
    const info = await stat(source)
    if (!info.isFile()) return unusable('The clinic logo file could not be found.')
    if (info.size > LOGO_MAX_BYTES) return unusable('The clinic logo is larger than 2 MB; use a smaller PNG or JPEG.')
    return await readFile(source)
  } catch {
    return unusable('The clinic logo file could not be read.')
  }
}

/**
 * Checks a logo before it reaches the PDF: PNG or JPEG by its first bytes, at most 2 MB, a
 * sensible pixel size and intact image data. Anything else gives a warning instead of a logo,
 * never an exception.
 */
export async function loadLogo(source: string | Uint8Array): Promise<LogoResult> {
  if (typeof source !== 'string') return checkLogo(source)
  // The same clinic logo goes on every handout: check a file once until it changes.
  const info = await (await files()).stat(source).catch(() => undefined)
  const key = info ? `${source}|${info.size}|${info.mtimeMs}` : undefined
  const cached = key ? checked.get(key) : undefined
  if (cached) return cached
  const bytes = await readBytes(source)
  const result = bytes instanceof Uint8Array ? checkLogo(bytes) : bytes
  if (key) {
    if (checked.size >= CHECKED_LIMIT) checked.delete(checked.keys().next().value!)
    checked.set(key, result)
  }
  return result
}

const CHECKED_LIMIT = 8
const checked = new Map<string, LogoResult>()

function checkLogo(bytes: Uint8Array): LogoResult {
  if (bytes.length > LOGO_MAX_BYTES) return unusable('The clinic logo is larger than 2 MB; use a smaller PNG or JPEG.')
  const kind = imageKind(bytes)
  if (!kind) return unusable('The clinic logo is not a PNG or JPEG image.')
  const size = imageSize(bytes, kind)
  if (!size) return unusable('The clinic logo image is damaged.')
  if (size.width * size.height > LOGO_MAX_PIXELS || Math.max(size.width, size.height) > LOGO_MAX_SIDE) {
    return unusable(`The clinic logo is ${size.width} × ${size.height} pixels, too large to print; use one under 4000 pixels wide.`)
  }
  if (!isImageDataIntact(bytes, kind)) return unusable('The clinic logo image is damaged.')
  const mime = kind === 'png' ? 'image/png' : 'image/jpeg'
  return { logo: { dataUrl: `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`, ...size } }
}
