import { bodyAreas, type BodyArea, type Client, type Condition, type ConditionId } from '../domain'
import { applyImplications } from './conditions'

type ConditionSource = { conditions: ReadonlyMap<ConditionId, Pick<Condition, 'implies' | 'areas' | 'postOperative'>> }
export type AreaClient = Partial<Pick<Client, 'conditions' | 'problemAreas'>>

/** What a screening asks about and a handout warns about. */
export interface ProblemScope {
  /** Problem areas: those the clinician recorded plus those of the client's conditions. */
  areas: BodyArea[]
  /** Areas with a post-operative condition: the clot, wound and implant questions. */
  afterSurgery: BodyArea[]
  /**
   * Nothing recorded names an area, so the back screen is asked, as it was before the app covered
   * the whole body: asking too much is safer than asking nothing region-specific.
   */
  assumed: boolean
}

const inBodyOrder = (found: ReadonlySet<BodyArea>) => bodyAreas.filter((area) => found.has(area))

/** The client's problem areas with, for each, whether the clinician chose it or a condition brought it. */
export function problemAreasOf(client: AreaClient | null | undefined, library: ConditionSource): { area: BodyArea; fromConditions: ConditionId[] }[] {
  const chosen = new Set(client?.problemAreas ?? [])
  const from = new Map<BodyArea, ConditionId[]>()
  // Named by the condition the clinician chose (a knee replacement, not the knee problem it implies).
  for (const { id, impliedBy } of applyImplications(library, client?.conditions ?? [])) {
    const chosenId = impliedBy ?? id
    for (const area of library.conditions.get(id)?.areas ?? []) {
      const names = from.get(area) ?? []
      if (!names.includes(chosenId)) from.set(area, [...names, chosenId])
    }
  }
  return inBodyOrder(new Set([...chosen, ...from.keys()])).map((area) => ({ area, fromConditions: chosen.has(area) ? [] : from.get(area) ?? [] }))
}

export function problemScope(client: AreaClient | null | undefined, library: ConditionSource): ProblemScope {
  const areas = problemAreasOf(client, library).map((a) => a.area)
  const afterSurgery = new Set<BodyArea>()
  for (const id of client?.conditions ?? []) {
    const condition = library.conditions.get(id)
    if (condition?.postOperative) for (const area of condition.areas ?? []) afterSurgery.add(area)
  }
  return areas.length === 0
    ? { areas: ['back'], afterSurgery: inBodyOrder(afterSurgery), assumed: true }
    : { areas, afterSurgery: inBodyOrder(afterSurgery), assumed: false }
}

/** A red flag or a "seek help" line belongs in this scope: general, or in one of its areas (after surgery where it says so). */
export function inScope(item: { areas?: readonly BodyArea[]; afterSurgery?: boolean }, scope: Pick<ProblemScope, 'areas' | 'afterSurgery'>): boolean {
  const areas = item.areas ?? []
  if (item.afterSurgery) return areas.some((a) => scope.afterSurgery.includes(a))
  return areas.length === 0 || areas.some((a) => scope.areas.includes(a))
}
