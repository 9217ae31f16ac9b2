import { randomUUID } from 'node:crypto'
import { clientDisplayName } from '../../../shared/domain/client'
import { localDay } from '../../../shared/domain/common'
import { AppError } from '../../../shared/ipc/result'
import type { ImportItem, ImportReport } from '../../../shared/ipc/store-types'
import { summarize } from './client-summary'
import { copyId } from './import-merge'
import { ClientImportBatches, type ImportOutcome } from './import-batches'
import type { StoreContext } from './context'
import { decryptExport, isEncryptedExport } from './crypto/export-cipher'
import { splitExport, timeSlicer } from './export-reader'
import { isMissing } from './fs-port'
import { readError } from './io-errors'
import { maxImageBytes, sniffImage } from './images'
import { clientDocumentVersion, settingsVersion, type ClientDocument } from './kinds'
import { relPath } from './layout'
import type { Repos } from './transfer'
import { exportClientSchema, exportRestSchema, sameContent, type ExportRest } from './transfer-format'

const notImported = 'nothing was imported'
const newerExport = () => new AppError('newer-version', `That file was made by a newer version of PhysioPlan: update PhysioPlan to open this file; ${notImported}.`)
/** Client records written together: one folder fsync per batch, their file fsyncs side by side. */
const perBatch = 32

/**
 * "Import": merges an export into this computer's records by id, never overwriting work.
 * The whole file is checked before anything is written (no partial import); clients are then
 * read, merged and written in batches, yielding whenever a slice of work has run for a few
 * milliseconds, with the list written once at the end.
 */
export async function importExport(ctx: StoreContext, repos: Repos, filePath: string, passphrase?: string): Promise<ImportReport> {
  ctx.assertWritable()
  const { rest, clients } = await readExport(ctx, filePath, passphrase)
  const ids: string[] = []
  /**
   * Records whose text is exactly what validation returns (every export PhysioPlan writes): the
   * second reading below parses them without validating them again.
   */
  const verbatim = new Set<number>()
  const slice = timeSlicer()
  for (let i = 0; i < clients.length; i++) {
    await slice()
    const text = clients[i]!()
    const doc = parseClient(text, i)
    ids.push(doc.client.id)
    if (JSON.stringify(doc) === text) verbatim.add(i)
  }
  const report: ImportReport = { added: [], merged: [], copies: [], keptApart: [], skipped: [], conflicts: [] }
  const day = localDay(ctx.now())
  await ctx.lock.exclusive(async () => {
    await ctx.backups.snapshot('before-import')
    // One keyring write for every new client, rather than one (of the whole keyring) per client.
    await ctx.keyring?.ensureAll(ids)
    const batches = new ClientImportBatches(ctx, day, await repos.clients.idsOnDisk())
    // Records are listed as they are merged, before their batch is on disk: after a failure the
    // list is read again from the records, so it never shows one that was not written.
    const listing = ctx.index.changeMany(ids, async (listed) => {
      for (let start = 0; start < clients.length; start += perBatch) {
        const batch: ClientDocument[] = []
        for (let i = start; i < Math.min(start + perBatch, clients.length); i++) {
          await slice()
          const text = clients[i]!()
          batch.push(verbatim.has(i) ? (JSON.parse(text) as ClientDocument) : parseClient(text, i))
        }
        for (const outcome of await batches.add(batch)) {
          listed(summarize(outcome.doc))
          noteClient(report, outcome)
        }
      }
      await batches.finish()
    })
    await listing.catch(async (error: unknown) => {
      await batches.finish().catch(() => undefined)
      await ctx.index.reload().catch(() => undefined)
      throw error
    })
  })
  await importTemplates(repos, rest, report)
  await importCustomExercises(ctx, repos, rest, report)
  if (rest.settings) await importSettings(ctx, repos, rest, report)
  return report
}

function noteClient(report: ImportReport, { outcome, doc, copies }: ImportOutcome): void {
  const item: ImportItem = { kind: 'client', id: doc.client.id, label: clientDisplayName(doc.client) }
  if (outcome === 'added') report.added.push(item)
  else if (outcome === 'same') report.skipped.push(item)
  else if (outcome === 'merged') report.merged.push(item)
  else report.keptApart.push({ ...item, label: `${item.label}, born ${doc.client.dateOfBirth ?? 'on a date not recorded'}: a different person from the client here with the same id, added as a client of their own` })
  for (const copy of copies) report.copies.push({ kind: 'client', id: doc.client.id, label: copy })
}

async function importTemplates(repos: Repos, rest: ExportRest, report: ImportReport): Promise<void> {
  await repos.templates.change((own) => {
    const result = [...own]
    for (const template of rest.templates.filter((t) => !t.builtIn)) {
      const existing = own.find((t) => t.id === template.id)
      const item = { kind: 'template' as const, id: template.id, label: template.title }
      if (!existing) {
        result.push(template)
        report.added.push(item)
      } else if (sameContent(existing, template) || own.some((t) => t.id === copyId(template.id, template))) report.skipped.push(item)
      else {
        // Templates carry no time of change, so the one here stays and the other is kept beside it.
        const copy = { ...template, id: copyId(template.id, template), title: `${template.title.slice(0, 100)} (other copy)` }
        result.push(copy)
        report.copies.push({ ...item, label: `The template “${template.title}” differs between the two computers: the one here was kept, and the other saved as “${copy.title}”.` })
      }
    }
    return result
  })
}

/**
 * Custom exercises: one that exists here only or there only is kept or added; one that differs
 * between the two computers keeps the one here and adds the other as a copy, named in the
 * report. The copy's id comes from its content, so importing the same file again adds no
 * second copy.
 */
async function importCustomExercises(ctx: StoreContext, repos: Repos, rest: ExportRest, report: ImportReport): Promise<void> {
  const current = await repos.customExercises.list()
  const fresh: ExportRest['customExercises'] = []
  for (const { exercise, photos } of rest.customExercises) {
    const existing = current.find((r) => r.exercise.id === exercise.id)
    const incoming = { exercise, photos: photos.map(({ base64: _b, ...ref }) => ref) }
    const item = { kind: 'custom-exercise' as const, id: exercise.id, label: exercise.name }
    if (!existing) {
      report.added.push(item)
      fresh.push({ exercise, photos })
    } else if (sameContent(existing, incoming)) report.skipped.push(item)
    else {
      const copy = copyId(exercise.id, { exercise, photos })
      if (current.some((r) => r.exercise.id === copy)) {
        report.skipped.push(item)
        continue
      }
      const name = `${exercise.name.slice(0, 67)} (other copy)` // names hold at most 80 characters
      fresh.push({ exercise: { ...exercise, id: copy, name }, photos: photos.map((p) => ({ ...p, id: randomUUID() })) })
      report.copies.push({ ...item, label: `The exercise “${exercise.name}” differs between the two computers: the one here was kept, and the other saved as “${name}”.` })
    }
  }
  for (const { photos } of fresh) {
    for (const { base64, ...ref } of photos) await ctx.write(() => ctx.docs.writeBytes(repos.customExercises.photoRel(ref), imageBytes(base64)))
  }
  await repos.customExercises.change((records) => [
    ...records,
    ...fresh.filter((f) => !records.some((r) => r.exercise.id === f.exercise.id)).map(({ exercise, photos }) => ({ exercise, photos: photos.map(({ base64: _b, ...ref }) => ref) }))
  ])
}

async function importSettings(ctx: StoreContext, repos: Repos, rest: ExportRest, report: ImportReport): Promise<void> {
  const item: ImportItem = { kind: 'settings', id: 'settings', label: 'Settings' }
  const local = await ctx.docs.load(ctx.kinds.settings, relPath.settings)
  if (local) {
    ;(sameContent(local, rest.settings) ? report.skipped : report.conflicts).push(item)
    return
  }
  if (rest.logo && rest.settings?.logoFile) {
    const bytes = imageBytes(rest.logo.base64)
    await ctx.write(() => ctx.docs.writeBytes(`photos/${rest.settings!.logoFile!}`, bytes))
  }
  await repos.settings.change(() => rest.settings!)
  report.added.push(item)
}

async function readExport(ctx: StoreContext, filePath: string, passphrase: string | undefined): Promise<{ rest: ExportRest; clients: (() => string)[] }> {
  let bytes: Buffer
  try {
    bytes = await ctx.fs.readFile(filePath)
  } catch (error) {
    if (isMissing(error)) throw new AppError('not-found', `That file is no longer there (it may have been moved or deleted); ${notImported}.`)
    throw readError(error)
  }
  // Exports made before encryption are plain JSON and still open.
  const text = isEncryptedExport(bytes) ? await decryptExport(bytes, passphrase) : bytes
  const { rest: restText, clients: spans, stray } = await splitExport(text)
  // Each record is decoded when it is read; only the file's bytes stay in memory, never one huge string.
  const clients = spans.map(([start, end]) => () => text.toString('utf8', start, end))
  let rest: unknown
  try {
    rest = JSON.parse(restText)
  } catch {
    throw new AppError('invalid-input', `That file is not a PhysioPlan export, or it is damaged; ${notImported}.`)
  }
  const head = rest as { format?: unknown; formatVersion?: unknown; settings?: { schemaVersion?: unknown } | null }
  if (head?.format === 'physioplan-export' && typeof head.formatVersion === 'number' && head.formatVersion > 1) throw newerExport()
  if (typeof head?.settings?.schemaVersion === 'number' && head.settings.schemaVersion > settingsVersion) throw newerExport()
  const parsed = exportRestSchema.safeParse(rest)
  if (!parsed.success || stray) throw invalidExport(parsed.success ? [] : parsed.error.issues)
  for (const { photos } of parsed.data.customExercises) for (const p of photos) imageBytes(p.base64)
  return { rest: parsed.data, clients }
}

/** One client record of the file, checked; the message names what is wrong and where. */
function parseClient(text: string, index: number): ClientDocument {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new AppError('invalid-input', `That file is damaged (client record ${index + 1} cannot be read); ${notImported}.`)
  }
  const version = (raw as { schemaVersion?: unknown })?.schemaVersion
  if (typeof version === 'number' && version > clientDocumentVersion) throw newerExport()
  const parsed = exportClientSchema.safeParse(raw)
  if (!parsed.success) throw invalidExport(parsed.error.issues, `client record ${index + 1}`)
  return parsed.data
}

type Issue = { path: PropertyKey[]; message: string; code?: string }

function invalidExport(issues: Issue[], where = ''): AppError {
  const tooLongId = issues.find((i) => i.path[i.path.length - 1] === 'id' && i.code === 'too_big')
  const at = (i: Issue) => [where, i.path.map(String).join('.')].filter(Boolean).join(': ')
  if (tooLongId) {
    return new AppError('invalid-input', `That file holds an id longer than PhysioPlan accepts (${at(tooLongId)}), so it cannot be imported safely; ${notImported}.`)
  }
  const listed = issues.slice(0, 5).map((i) => ({ path: at(i), message: i.message }))
  return new AppError('invalid-input', `That file is not a valid PhysioPlan export${where ? ` (${where})` : ''}; ${notImported}.`, listed)
}

function imageBytes(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64')
  if (bytes.byteLength > maxImageBytes || !sniffImage(bytes)) {
    throw new AppError('invalid-input', `A photo in that file is not a valid image; ${notImported}.`)
  }
  return bytes
}
