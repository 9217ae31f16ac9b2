import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clientDisplayName, localDay, type Client, type Plan } from '../../shared/domain'
import { planFromTemplate } from '../../shared/domain/plan-from-template'
import type { HandoutOptions } from '../../shared/handout/types'
import type { HandoutPreview, HandoutSource, SavedHandout } from '../../shared/ipc/handout-contract'
import { AppError } from '../../shared/ipc/result'
import { exportBlockers, handoutSafety, type HandoutSafety } from '../../shared/safety'
import type { ClientRecord } from '../../shared/ipc/store-types'
import { pdfFilter, safeFileName, type Desktop } from './desktop'
import { renderHandoutPdf } from './handout'
import { writeChosenFile } from './chosen-file'
import type { Store } from './store/store'
import type { CustomExerciseService } from './custom-exercise-service'

/**
 * Makes handouts in the main process: resolves the plan and client from the store, adds
 * the clinic's settings and logo, renders with pdfmake, and saves or prints through the desktop.
 */
const printPrefix = 'physioplan-print-'

/**
 * Print folders left behind by a crash mid-print (they hold a patient's handout). Only folders
 * older than `olderThanMs` go, so a print running in another window at this moment is left alone.
 */
export async function sweepPrintLeftovers(tempDir = tmpdir(), olderThanMs = 10 * 60 * 1000, now = Date.now()): Promise<number> {
  let removed = 0
  for (const name of (await readdir(tempDir).catch(() => [])).filter((n) => n.startsWith(printPrefix))) {
    const path = join(tempDir, name)
    const info = await stat(path).catch(() => null)
    if (!info || now - info.mtimeMs < olderThanMs) continue
    await rm(path, { recursive: true, force: true }).catch(() => undefined)
    removed += 1
  }
  return removed
}

/** Photos of the clinician's own exercises, ready to print (custom-exercise-service.ts). */
type ExercisePhotos = Pick<CustomExerciseService, 'handoutPhotos'>

export function createHandoutService(store: Store, desktop: Desktop, exercisePhotos: ExercisePhotos, now = () => new Date(), tempDir = tmpdir()) {
  const savedThisSession = new Set<string>()

  async function resolve(source: HandoutSource): Promise<{ plan: Plan; client?: Client; record?: ClientRecord }> {
    if (source.kind === 'template') {
      const template = (await store.templates.list()).find((t) => t.id === source.templateId)
      if (!template) throw new AppError('not-found', 'That template no longer exists.')
      return { plan: planFromTemplate(template, now()) }
    }
    const record = await store.clients.get(source.clientId)
    const plan = record.plans.find((p) => p.id === source.planId)
    if (!plan) throw new AppError('not-found', 'That plan no longer exists.')
    return { plan, client: record.client, record }
  }

  async function render(source: HandoutSource, options: HandoutOptions): Promise<HandoutPreview> {
    const [{ plan, client, record }, settings, logo, library] = await Promise.all([
      resolve(source), store.settings.get(), store.settings.getLogo(), store.exerciseLibrary()
    ])
    const { photos, warnings: photoWarnings } = await exercisePhotos.handoutPhotos(plan.items.map((item) => item.exerciseId))
    const today = localDay(now())
    const safety = record ? handoutSafety(plan, record, today, settings.reviewIntervalDays, library) : null
    const { pdf, warnings } = await renderHandoutPdf({
      plan, client, settings, library: { ...library, photos }, options, today, ...(logo ? { logo: logo.bytes } : {})
    })
    const who = client ? clientDisplayName(client) : plan.title
    return { pdf: new Uint8Array(pdf), warnings: [...photoWarnings, ...warnings], fileName: `${safeFileName(`${who} exercises ${today}`)}.pdf`, safety }
  }

  /** The export gate, enforced here whatever the page shows: a typed error naming what is missing. */
  async function releasable(source: HandoutSource, options: HandoutOptions): Promise<HandoutPreview> {
    const rendered = await render(source, options)
    refuseUnsafe(rendered.safety)
    return rendered
  }

  /** A client's handout saved or printed: the plan has now been given to the patient, today. */
  async function markGiven(source: HandoutSource): Promise<void> {
    if (source.kind === 'plan') await store.plans.markGiven(source.clientId, source.planId, localDay(now()))
  }

  const writePdf = (path: string, pdf: Uint8Array) => writeChosenFile(path, pdf, 'handout')

  return {
    preview: render,

    async save(source: HandoutSource, options: HandoutOptions): Promise<SavedHandout | null> {
      const { pdf, warnings, fileName } = await releasable(source, options)
      const path = await desktop.chooseSavePath({ title: 'Save the handout', defaultName: fileName, filters: [pdfFilter] })
      if (!path) return null
      await writePdf(path, pdf)
      savedThisSession.add(path)
      await markGiven(source)
      return { path, warnings }
    },

    async print(source: HandoutSource, options: HandoutOptions): Promise<void> {
      const { pdf, fileName } = await releasable(source, options)
      // An owner-only folder per print, removed as soon as the print job has been handed over.
      const folder = await mkdtemp(join(tempDir, printPrefix))
      try {
        const path = join(folder, fileName)
        await writePdf(path, pdf)
        await desktop.printPdf(path)
        await markGiven(source)
      } finally {
        await rm(folder, { recursive: true, force: true }).catch(() => undefined)
      }
    },

    async openSaved(path: string): Promise<void> {
      if (!savedThisSession.has(path)) throw new AppError('not-found', 'Only a handout saved in this session can be opened from here.')
      await desktop.openPath(path)
    }
  }
}

function refuseUnsafe(safety: HandoutSafety | null): void {
  if (!safety) return
  const blockers = exportBlockers(safety)
  if (blockers.length === 0) return
  if (safety.hold) throw new AppError('decision-needed', blockers[0]!.message, blockers)
  throw new AppError('unresolved-warnings', 'Some exercises are marked Avoid for this client. Swap them, remove them, or keep them with a reason before the handout is saved or printed.', blockers)
}

export type HandoutService = ReturnType<typeof createHandoutService>
