import { AppError } from '../../../shared/ipc/result'
import type { ImportReport } from '../../../shared/ipc/store-types'
import { writeAtomicParts } from './atomic-write'
import type { ClientDocuments } from './client-documents'
import type { StoreContext } from './context'
import type { CustomExercisesRepo } from './custom-exercises-repo'
import { readError } from './io-errors'
import { relPath } from './layout'
import type { SettingsRepo } from './settings-repo'
import type { TemplatesRepo } from './templates-repo'
import { encryptExport } from './crypto/export-cipher'
import { importExport } from './importer'

export interface Repos {
  clients: ClientDocuments
  templates: TemplatesRepo
  customExercises: CustomExercisesRepo
  settings: SettingsRepo
}

/** "Export all data" to one file and "Import" it on another computer, never overwriting anything. */
export class Transfer {
  constructor(
    private readonly ctx: StoreContext,
    private readonly repos: Repos
  ) {}

  exportAll(filePath: string, passphrase: string): Promise<{ filePath: string; clients: number }> {
    return this.ctx.lock.exclusive(async () => {
      const ids = this.ctx.index.list({ includeArchived: true }).map((s) => s.id)
      const photos = await Promise.all(
        (await this.repos.customExercises.list()).map(async ({ exercise, photos }) => ({
          exercise,
          photos: await Promise.all(photos.map(async (p) => ({ ...p, base64: (await this.ctx.docs.readBytes(this.repos.customExercises.photoRel(p))).toString('base64') })))
        }))
      )
      const settingsDoc = await this.ctx.docs.load(this.ctx.kinds.settings, relPath.settings)
      const logo = settingsDoc?.logoFile
        ? { file: settingsDoc.logoFile, base64: (await this.ctx.docs.readBytes(`photos/${settingsDoc.logoFile}`)).toString('base64') }
        : null
      const templates = await this.repos.templates.own()
      const ctx = this.ctx
      async function* parts() {
        yield `{"format":"physioplan-export","formatVersion":1,"exportedAt":${JSON.stringify(ctx.now().toISOString())},"clients":[`
        let separator = ''
        for (const id of ids) {
          const doc = await ctx.docs.load(ctx.kinds.client, relPath.client(id))
          if (!doc) continue
          yield separator + JSON.stringify(doc)
          separator = ','
        }
        yield `],"templates":${JSON.stringify(templates)},"customExercises":${JSON.stringify(photos)}`
        yield `,"settings":${JSON.stringify(settingsDoc)},"logo":${JSON.stringify(logo)}}`
      }
      await writeAtomicParts(this.ctx.fs, filePath, encryptExport(passphrase, parts()))
      return { filePath, clients: ids.length }
    }).catch((error: unknown) => {
      throw error instanceof AppError ? error : readError(error)
    })
  }

  importAll(filePath: string, passphrase?: string): Promise<ImportReport> {
    return importExport(this.ctx, this.repos, filePath, passphrase)
  }
}
