import conditions from '../../../../data/conditions.json' with { type: 'json' }
import type { ConditionId } from '../../../../shared/domain/condition'

/**
 * Condition names for the client list, read straight from the shipped list: the list's first rows
 * must not wait for the whole library (every exercise checked by zod) to be built.
 */
const names = new Map<string, string>(conditions.map((c) => [c.id, c.name]))
export const conditionLabel = (id: ConditionId): string => names.get(id) ?? id
