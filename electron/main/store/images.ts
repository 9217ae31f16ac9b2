import { AppError } from '../../../shared/ipc/result'
import type { ImageSource, PhotoRef } from '../../../shared/ipc/store-types'
import { errnoOf, type FsPort } from './fs-port'
import { readError } from './io-errors'

export const maxImageBytes = 5 * 1024 * 1024

type Mime = PhotoRef['mime']
export const extensionOf: Record<Mime, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' }

/** The type is read from the first bytes, never from the file name. */
export function sniffImage(bytes: Uint8Array): Mime | null {
  const starts = (offset: number, ...values: number[]) => values.every((v, i) => bytes[offset + i] === v)
  if (starts(0, 0xff, 0xd8, 0xff)) return 'image/jpeg'
  if (starts(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png'
  if (starts(0, 0x52, 0x49, 0x46, 0x46) && starts(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp'
  return null
}

const tooLarge = () =>
  new AppError('invalid-input', `That image is larger than ${maxImageBytes / 1024 / 1024} MB; please choose a smaller photo or reduce its size.`)

export async function readImage(fs: FsPort, source: ImageSource): Promise<{ mime: Mime; bytes: Uint8Array }> {
  let bytes: Uint8Array
  if ('bytes' in source) {
    bytes = source.bytes
  } else {
    try {
      if ((await fs.stat(source.path)).size > maxImageBytes) throw tooLarge()
      bytes = await fs.readFile(source.path)
    } catch (error) {
      if (error instanceof AppError) throw error
      if (errnoOf(error) === 'ENOENT') throw new AppError('not-found', 'That image file was not found.')
      throw readError(error)
    }
  }
  if (bytes.byteLength > maxImageBytes) throw tooLarge()
  const mime = sniffImage(bytes)
  if (!mime) throw new AppError('invalid-input', 'That file is not a JPEG, PNG or WebP image.')
  return { mime, bytes }
}
