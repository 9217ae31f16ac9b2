import { randomUUID } from 'node:crypto'
import type { StoreNotice } from '../../../shared/ipc/store-types'

/** What the store did by itself (recoveries, rebuilds), kept until the clinician dismisses it. */
export class StoreNotices {
  private readonly notices: StoreNotice[] = []

  constructor(private readonly now: () => Date) {}

  add(notice: Omit<StoreNotice, 'id' | 'at'>): StoreNotice {
    const full = { id: randomUUID(), at: this.now().toISOString(), ...notice }
    this.notices.push(full)
    return full
  }

  list(): StoreNotice[] {
    return [...this.notices]
  }

  dismiss(id: string): void {
    const index = this.notices.findIndex((n) => n.id === id)
    if (index !== -1) this.notices.splice(index, 1)
  }
}
