import type { Library } from '../../../../shared/library'
import { checkPlanItem, planCheckOf, type CheckedClient, type CheckedPlan, type ItemCheck, type PlanCheck } from '../../../../shared/safety'

type CheckedItem = CheckedPlan['items'][number]

/**
 * `checkPlan` for a draft that changes one item at a time. An item's warnings depend only on its
 * exercise and the warnings kept for it (for a given client and library), so each is checked once
 * and kept until one of those changes; the plan-wide parts (notes, minutes, counts) are cheap and
 * recomputed. The result equals `checkPlan`'s, and unchanged items keep the same ItemCheck object,
 * so the cards showing them are not redrawn.
 */
export function createPlanCheckCache() {
  let scope: { client: CheckedClient; library: Library } | undefined
  let byItem = new Map<string, { key: string; check: ItemCheck }>()

  function itemCheck(item: CheckedItem, client: CheckedClient, library: Library): ItemCheck {
    const key = `${item.exerciseId}\n${JSON.stringify(item.acknowledgedWarnings)}`
    const known = byItem.get(item.id)
    if (known?.key === key) return known.check
    const check = checkPlanItem(item, client, library)
    byItem.set(item.id, { key, check })
    return check
  }

  return function check(plan: CheckedPlan, client: CheckedClient, library: Library): PlanCheck {
    if (scope?.client !== client || scope.library !== library) {
      scope = { client, library }
      byItem = new Map()
    }
    const items = plan.items.map((item) => itemCheck(item, client, library))
    if (byItem.size > items.length * 2) byItem = new Map(items.map((c) => [c.itemId, byItem.get(c.itemId)!]))
    return planCheckOf(plan, client, library, items)
  }
}
