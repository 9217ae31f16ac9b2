import { exerciseAreas, type Client, type Condition, type ConditionId, type Exercise, type Operation } from '../domain'

type ConditionSource = { conditions: ReadonlyMap<ConditionId, Pick<Condition, 'name' | 'postOperative'>> }

export interface PostOpStatus {
  condition: ConditionId
  name: string
  protocolWeeks: number
  /** Missing until the clinician records the date and side. */
  operation: Operation | null
  /** Week 1 is the first seven days from the operation day; null without a date or before it. */
  week: number | null
  /** The protocol's weeks have passed: ask the clinician to review the condition. Never cleared by time. */
  reviewDue: boolean
}

const dayNumber = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return Date.UTC(y, m - 1, d) / 86_400_000
}

/** "Week N" and review prompts for each time-bound condition of a client, on a given day. */
export function postOpStatuses(
  client: Pick<Client, 'conditions' | 'operations'>,
  library: ConditionSource,
  today: string
): PostOpStatus[] {
  const out: PostOpStatus[] = []
  for (const id of client.conditions) {
    const condition = library.conditions.get(id)
    if (!condition?.postOperative) continue
    const operation = client.operations?.find((o) => o.condition === id) ?? null
    const days = operation ? dayNumber(today) - dayNumber(operation.date) : null
    const week = days === null || days < 0 ? null : Math.floor(days / 7) + 1
    const protocolWeeks = condition.postOperative.protocolWeeks
    out.push({ condition: id, name: condition.name, protocolWeeks, operation, week, reviewDue: days !== null && days >= protocolWeeks * 7 })
  }
  return out
}

/** Plain words for the client record: "Week 3 of 12, left side", "Review due: week 14 of 12". */
export function describePostOp(status: PostOpStatus): string {
  if (!status.operation) return 'Record the operation date and side'
  const side = status.operation.side === 'both' ? 'both sides' : `${status.operation.side} side`
  if (status.week === null) return `Operation planned for ${status.operation.date}, ${side}`
  const base = `Week ${status.week} of ${status.protocolWeeks}, ${side}`
  return status.reviewDue ? `${base}. The protocol period is over: review this condition` : base
}

/**
 * The side a post-operative client does an exercise for the operated area on: the operated side
 * when one operation on one side covers the exercise's area (a left knee replacement: heel slides
 * on the left). Undefined otherwise: both sides operated, two operations on different sides, or an
 * exercise for another area (ankle pumps after a knee replacement stay on both legs).
 */
export function operatedSideFor(
  client: Pick<Client, 'conditions' | 'operations'>,
  library: { conditions: ReadonlyMap<ConditionId, Pick<Condition, 'areas' | 'postOperative'>>; exercises: ReadonlyMap<string, Pick<Exercise, 'regions'>> }
): (exerciseId: string) => 'left' | 'right' | undefined {
  const operations = (client.operations ?? []).filter((o) => client.conditions.includes(o.condition) && library.conditions.get(o.condition)?.postOperative)
  return (exerciseId) => {
    const exercise = library.exercises.get(exerciseId)
    if (!exercise) return undefined
    const areas = exerciseAreas(exercise)
    const sides = new Set(operations.filter((o) => (library.conditions.get(o.condition)?.areas ?? []).some((a) => areas.includes(a))).map((o) => o.side))
    const [side] = [...sides]
    return sides.size === 1 && side !== 'both' ? side : undefined
  }
}
