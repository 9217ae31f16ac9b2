import { defaultSettings, settingsSchema, type Settings } from '../../../shared/domain/settings'
import { settingsInputSchema, type ImageSource, type Photo, type PhotoRef, type SettingsInput } from '../../../shared/ipc/store-types'
import type { StoreContext } from './context'
import { readError } from './io-errors'
import { extensionOf, readImage, sniffImage } from './images'
import { relPath } from './layout'

/** Clinic details and handout defaults; the logo is a file beside the settings. */
export class SettingsRepo {
  constructor(private readonly ctx: StoreContext) {}

  async get(): Promise<Settings> {
    return (await this.ctx.docs.load(this.ctx.kinds.settings, relPath.settings)) ?? defaultSettings
  }

  save(input: SettingsInput): Promise<Settings> {
    const fields = settingsInputSchema.parse(input)
    return this.change((current) => ({ ...current, ...fields }))
  }

  async setLogo(source: ImageSource | null): Promise<Settings> {
    if (source === null) return this.change((current) => ({ ...current, logoFile: null }))
    const { mime, bytes } = await readImage(this.ctx.fs, source)
    const logoFile = `logo.${extensionOf[mime]}`
    await this.ctx.write(() => this.ctx.docs.writeBytes(`photos/${logoFile}`, bytes))
    return this.change((current) => ({ ...current, logoFile }))
  }

  async getLogo(): Promise<Photo | null> {
    const { logoFile } = await this.get()
    if (!logoFile) return null
    try {
      const bytes = new Uint8Array(await this.ctx.docs.readBytes(relPath.photo('logo', logoFile.split('.')[1]!)))
      const mime = sniffImage(bytes) as PhotoRef['mime'] | null
      return mime ? { mime, bytes } : null
    } catch (error) {
      throw readError(error)
    }
  }

  change(edit: (current: Settings) => Settings): Promise<Settings> {
    return this.ctx.write(() =>
      this.ctx.queue.run('settings', async () => {
        const next = settingsSchema.parse(edit(await this.get()))
        await this.ctx.docs.save(this.ctx.kinds.settings, relPath.settings, next)
        return next
      })
    )
  }
}
