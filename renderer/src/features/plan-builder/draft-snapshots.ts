import { toRaw } from 'vue'
import type { PlanItem } from '../../../../shared/domain/plan'
import type { PlanInput } from '../../../../shared/ipc/store-types'

export type Draft = PlanInput & { items: PlanItem[] }
/** A frozen-in-practice copy of the draft: never mutated, and sharing each unchanged item with the snapshot before it. */
export type DraftSnapshot = Omit<Draft, 'items'> & { items: readonly PlanItem[] }

/**
 * Snapshots of the plan draft for undo, made by structural sharing: an item that has not changed
 * since the last snapshot is the same object in both, so taking one costs a JSON pass over each
 * item (no deep clone of the plan), telling two apart is a comparison of references, and putting
 * one back keeps the live item objects (and so the plan cards) of every item it did not change.
 */
export function createDraftSnapshots() {
  /** Per live (raw) item: its JSON when last copied, and that copy. */
  let copies = new WeakMap<object, { json: string; copy: PlanItem }>()

  function itemCopy(live: PlanItem): PlanItem {
    const raw = toRaw(live)
    const json = JSON.stringify(raw)
    const known = copies.get(raw)
    if (known?.json === json) return known.copy
    const copy = JSON.parse(json) as PlanItem
    copies.set(raw, { json, copy })
    return copy
  }

  function take(draft: Draft): DraftSnapshot {
    const { items, ...rest } = toRaw(draft)
    return { ...(JSON.parse(JSON.stringify(rest)) as Omit<Draft, 'items'>), items: toRaw(items).map(itemCopy) }
  }

  /** True when the two snapshots hold the same plan (a shared item is unchanged; only other pairs are compared). */
  function same(a: DraftSnapshot, b: DraftSnapshot): boolean {
    const { items: itemsA, ...restA } = a
    const { items: itemsB, ...restB } = b
    return itemsA.length === itemsB.length &&
      itemsA.every((item, i) => item === itemsB[i] || JSON.stringify(item) === JSON.stringify(itemsB[i])) &&
      JSON.stringify(restA) === JSON.stringify(restB)
  }

  /**
   * The draft's fields as the snapshot has them, for assigning into the live draft: an item the
   * snapshot did not change is the live object itself; any other is a fresh, editable copy.
   */
  function restoreFrom(draft: Draft, snapshot: DraftSnapshot): Draft {
    const live = new Map(toRaw(toRaw(draft).items).map((item) => [item.id, toRaw(item)]))
    const items = snapshot.items.map((copy) => {
      const current = live.get(copy.id)
      if (current && copies.get(current)?.copy === copy && copies.get(current)?.json === JSON.stringify(current)) return current
      const json = JSON.stringify(copy)
      const editable = JSON.parse(json) as PlanItem
      copies.set(editable, { json, copy })
      return editable
    })
    const { items: _items, ...rest } = snapshot
    return { ...(JSON.parse(JSON.stringify(rest)) as Omit<Draft, 'items'>), items }
  }

  return { take, same, restoreFrom, reset: () => void (copies = new WeakMap()) }
}
