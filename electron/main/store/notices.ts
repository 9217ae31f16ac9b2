import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { StoreNotice } from '../../../shared/ipc/store-types'

export const storedNoticesSchema = z.object({
  schemaVersion: z.literal(1),
  notices: z.array(z.object({
    id: z.string(),
    at: z.string(),
    kind: z.string(),
    document: z.string(),
    message: z.string(),
    asideFile: z.string().optional(),
    clientId: z.string().optional()
  }))
})

/** Where the notices are kept between runs; writes are best-effort (a read-only folder keeps them in memory). */
export interface NoticeFile {
  load(): Promise<StoreNotice[]>
  save(notices: StoreNotice[]): Promise<void>
}

/**
 * What the store did by itself (recoveries, rebuilds), kept until the clinician dismisses it,
 * across restarts. The same notice raised again (each start, say) is shown once.
 */
export class StoreNotices {
  private notices: StoreNotice[] = []
  private file: NoticeFile | null = null
  private saving: Promise<void> = Promise.resolve()

  constructor(private readonly now: () => Date) {}

  /** Reads the notices kept from earlier runs, merged with any raised before; later changes are saved. */
  async attach(file: NoticeFile): Promise<void> {
    const stored = await file.load().catch(() => [])
    const raised = this.notices
    this.notices = stored
    for (const notice of raised) if (!this.duplicate(notice)) this.notices.push(notice)
    this.file = file
    if (raised.length > 0) await this.persist()
  }

  add(notice: Omit<StoreNotice, 'id' | 'at'>): StoreNotice {
    const existing = this.duplicate(notice)
    if (existing) return existing
    const full = { id: randomUUID(), at: this.now().toISOString(), ...notice }
    this.notices.push(full)
    void this.persist()
    return full
  }

  list(): StoreNotice[] {
    return [...this.notices]
  }

  async dismiss(id: string): Promise<void> {
    const before = this.notices.length
    this.notices = this.notices.filter((n) => n.id !== id)
    if (this.notices.length !== before) await this.persist()
  }

  /** Removes every notice about a client deleted permanently (they name the client); returns them. */
  async forgetClient(clientId: string): Promise<StoreNotice[]> {
    const forgotten = this.notices.filter((n) => n.clientId === clientId)
    if (forgotten.length === 0) return []
    this.notices = this.notices.filter((n) => n.clientId !== clientId)
    await this.persist()
    return forgotten
  }

  /** Resolves once the notices raised so far are saved (or their save failed). */
  idle(): Promise<void> {
    return this.saving
  }

  private duplicate(notice: Omit<StoreNotice, 'id' | 'at'>): StoreNotice | undefined {
    return this.notices.find((n) => n.kind === notice.kind && n.document === notice.document && n.message === notice.message)
  }

  private persist(): Promise<void> {
    const file = this.file
    if (!file) return this.saving
    this.saving = this.saving.then(() => file.save([...this.notices])).catch(() => undefined)
    return this.saving
  }
}
