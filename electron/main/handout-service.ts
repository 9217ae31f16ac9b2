import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clientDisplayName, localDay, type Client, type Plan } from '../../shared/domain'
import { planFromTemplate } from '../../shared/domain/plan-from-template'
import type { HandoutOptions } from '../../shared/handout/types'
import type { HandoutPreview, HandoutSource, SavedHandout } from '../../shared/ipc/handout-contract'
import { AppError } from '../../shared/ipc/result'
import { library } from '../../shared/library'
import { exportBlockers, handoutSafety, type HandoutSafety } from '../../shared/safety'
import type { ClientRecord } from '../../shared/ipc/store-types'
import { pdfFilter, safeFileName, type Desktop } from './desktop'
import { renderHandoutPdf } from './handout'
import { errnoOf } from './store/fs-port'
import type { Store } from './store/store'

/**
 * Makes handouts in the main process: resolves the plan and client from the store, adds
 * the clinic's settings and logo, renders with pdfmake, and saves or prints through the desktop.
 */
export function createHandoutService(store: Store, desktop: Desktop, now = () => new Date()) {
  const savedThisSession = new Set<string>()
  // Made on the first print only: most sessions never print, and start-up should not touch the disk for it.
  let printDir: Promise<string> | undefined
  const printFolder = () => (printDir ??= mkdtemp(join(tmpdir(), 'physioplan-print-')))

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
    const [{ plan, client, record }, settings, logo] = await Promise.all([resolve(source), store.settings.get(), store.settings.getLogo()])
    const today = localDay(now())
    const safety = record ? handoutSafety(plan, record, today, settings.reviewIntervalDays, library) : null
    const { pdf, warnings } = await renderHandoutPdf({
      plan, client, settings, library, options, today, ...(logo ? { logo: logo.bytes } : {})
    })
    const who = client ? clientDisplayName(client) : plan.title
    return { pdf: new Uint8Array(pdf), warnings, fileName: `${safeFileName(`${who} exercises ${today}`)}.pdf`, safety }
  }

  /** The export gate, enforced here whatever the page shows: a typed error naming what is missing. */
  async function releasable(source: HandoutSource, options: HandoutOptions): Promise<HandoutPreview> {
    const rendered = await render(source, options)
    refuseUnsafe(rendered.safety)
    return rendered
  }

  async function writePdf(path: string, pdf: Uint8Array): Promise<void> {
    try {
      await writeFile(path, pdf)
    } catch (error) {
      const code = errnoOf(error)
      if (code === 'ENOSPC' || code === 'EDQUOT') throw new AppError('disk-full', 'The disk is full. The handout was not saved.')
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
        throw new AppError('permission-denied', 'PhysioPlan may not write to that folder. Choose another folder.')
      }
      throw new AppError('io-error', 'The handout could not be written. Please try again.')
    }
  }

  return {
    preview: render,

    async save(source: HandoutSource, options: HandoutOptions): Promise<SavedHandout | null> {
      const { pdf, warnings, fileName } = await releasable(source, options)
      const path = await desktop.chooseSavePath({ title: 'Save the handout', defaultName: fileName, filters: [pdfFilter] })
      if (!path) return null
      await writePdf(path, pdf)
      savedThisSession.add(path)
      return { path, warnings }
    },

    async print(source: HandoutSource, options: HandoutOptions): Promise<void> {
      const { pdf, fileName } = await releasable(source, options)
      const path = join(await printFolder(), `${Date.now().toString(36)}-${fileName}`)
      await writePdf(path, pdf)
      await desktop.printPdf(path)
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
