import { clientDisplayName } from '../../../shared/domain/client'
import { AppError } from '../../../shared/ipc/result'
import type { ImportItem, ImportReport } from '../../../shared/ipc/store-types'
import { writeAtomicParts } from './atomic-write'
import type { ClientDocuments } from './client-documents'
import type { StoreContext } from './context'
import type { CustomExercisesRepo } from './custom-exercises-repo'
import { readError } from './io-errors'
import { sniffImage, maxImageBytes } from './images'
import { relPath } from './layout'
import type { SettingsRepo } from './settings-repo'
import type { TemplatesRepo } from './templates-repo'
import { decryptExport, encryptExport, isEncryptedExport } from './crypto/export-cipher'
import { exportFileSchema, sameContent, type ExportFile } from './transfer-format'

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

  async importAll(filePath: string, passphrase?: string): Promise<ImportReport> {
    const data = await this.readExport(filePath, passphrase)
    await this.ctx.lock.exclusive(() => this.ctx.backups.snapshot('before-import'))
    const report: ImportReport = { added: [], skipped: [], conflicts: [] }
    const note = (outcome: 'added' | 'same' | 'conflict', item: ImportItem) =>
      (outcome === 'added' ? report.added : outcome === 'same' ? report.skipped : report.conflicts).push(item)

    for (const doc of data.clients) {
      note(await this.repos.clients.createIfAbsent(doc), { kind: 'client', id: doc.client.id, label: clientDisplayName(doc.client) })
    }
    await this.repos.templates.change((own) => {
      const result = [...own]
      for (const template of data.templates.filter((t) => !t.builtIn)) {
        const existing = own.find((t) => t.id === template.id)
        note(!existing ? 'added' : sameContent(existing, template) ? 'same' : 'conflict', { kind: 'template', id: template.id, label: template.title })
        if (!existing) result.push(template)
      }
      return result
    })
    const current = await this.repos.customExercises.list()
    const fresh = data.customExercises.filter(({ exercise, photos }) => {
      const existing = current.find((r) => r.exercise.id === exercise.id)
      const incoming = { exercise, photos: photos.map(({ base64: _b, ...ref }) => ref) }
      note(!existing ? 'added' : sameContent(existing, incoming) ? 'same' : 'conflict', { kind: 'custom-exercise', id: exercise.id, label: exercise.name })
      return !existing
    })
    for (const { photos } of fresh) {
      for (const { base64, ...ref } of photos) await this.ctx.write(() => this.ctx.docs.writeBytes(this.repos.customExercises.photoRel(ref), imageBytes(base64)))
    }
    await this.repos.customExercises.change((records) => [
      ...records,
      ...fresh.filter((f) => !records.some((r) => r.exercise.id === f.exercise.id)).map(({ exercise, photos }) => ({ exercise, photos: photos.map(({ base64: _b, ...ref }) => ref) }))
    ])
    if (data.settings) await this.importSettings(data, note)
    return report
  }

  private async importSettings(data: ExportFile, note: (outcome: 'added' | 'same' | 'conflict', item: ImportItem) => void) {
    const item: ImportItem = { kind: 'settings', id: 'settings', label: 'Settings' }
    const local = await this.ctx.docs.load(this.ctx.kinds.settings, relPath.settings)
    if (local) return note(sameContent(local, data.settings) ? 'same' : 'conflict', item)
    if (data.logo && data.settings?.logoFile) {
      const bytes = imageBytes(data.logo.base64)
      await this.ctx.write(() => this.ctx.docs.writeBytes(`photos/${data.settings!.logoFile!}`, bytes))
    }
    await this.repos.settings.change(() => data.settings!)
    note('added', item)
  }

  private async readExport(filePath: string, passphrase: string | undefined): Promise<ExportFile> {
    let bytes: Buffer
    try {
      bytes = await this.ctx.fs.readFile(filePath)
    } catch (error) {
      throw readError(error)
    }
    // Exports made before encryption are plain JSON and still open.
    const text = (isEncryptedExport(bytes) ? await decryptExport(bytes, passphrase) : bytes).toString('utf8')
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw new AppError('invalid-input', 'That file is not a PhysioPlan export, or it is damaged; nothing was imported.')
    }
    const parsed = exportFileSchema.safeParse(json)
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message }))
      throw new AppError('invalid-input', 'That file is not a valid PhysioPlan export; nothing was imported.', issues)
    }
    for (const { photos } of parsed.data.customExercises) for (const p of photos) imageBytes(p.base64)
    return parsed.data
  }
}

function imageBytes(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64')
  if (bytes.byteLength > maxImageBytes || !sniffImage(bytes)) {
    throw new AppError('invalid-input', 'A photo in that file is not a valid image; nothing was imported.')
  }
  return bytes
}
