import { exerciseAreas, type BodyArea, type Exercise, type Plan, type SeekHelpItem } from '../domain'
import { inScope, problemScope, type AreaClient, type ProblemScope } from './problem-areas'

type Source = Parameters<typeof problemScope>[1]

/**
 * The areas a handout warns about: the client's problem areas (recorded, or from their
 * conditions); without them, the plan's main area (the one most of its exercises are first
 * tagged with: a back plan's bird dog also works the shoulders, which is no shoulder problem);
 * without that, the back.
 */
export function handoutScope(
  plan: Pick<Plan, 'items'>,
  client: AreaClient | null | undefined,
  library: { exercises: ReadonlyMap<string, Exercise>; conditions?: Source['conditions'] }
): ProblemScope {
  const fromClient = problemScope(client, { conditions: library.conditions ?? new Map() })
  if (!fromClient.assumed) return fromClient
  const count = new Map<BodyArea, number>()
  for (const item of plan.items) {
    const exercise = library.exercises.get(item.exerciseId)
    const main = exercise ? exerciseAreas({ regions: exercise.regions.slice(0, 1) })[0] : undefined
    if (main) count.set(main, (count.get(main) ?? 0) + 1)
  }
  const most = Math.max(0, ...count.values())
  const areas = [...count].filter(([, n]) => n === most).map(([area]) => area)
  return areas.length > 0 ? { areas, afterSurgery: fromClient.afterSurgery, assumed: false } : fromClient
}

/** The "stop and seek help" lines for these areas: general ones and those of the areas, in data order. */
export function seekHelpFor(items: readonly SeekHelpItem[], scope: Pick<ProblemScope, 'areas' | 'afterSurgery'>): SeekHelpItem[] {
  return items.filter((item) => inScope(item, scope))
}
