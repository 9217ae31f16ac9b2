import { z } from 'zod'
import {
  conditionSchema, exerciseSchema, parseOrThrow, redFlagDataSchema, templateSchema,
  type Condition, type ConditionId, type Contraindication, type Exercise, type RedFlag, type RedFlagData, type RedFlagId,
  type SeekHelpItem, type SpaRules, type Template
} from '../domain'

export interface RawLibrary {
  /** Each group is named so a validation error can say which file it came from. */
  exerciseGroups: readonly { source: string; data: unknown }[]
  conditions: unknown
  redFlags: unknown
  templateGroups: readonly { source: string; data: unknown }[]
}

export interface Library {
  exercises: ReadonlyMap<string, Exercise>
  exerciseList: readonly Exercise[]
  conditions: ReadonlyMap<ConditionId, Condition>
  redFlags: ReadonlyMap<RedFlagId, RedFlag>
  redFlagList: readonly RedFlag[]
  spa: SpaRules
  seekHelp: readonly SeekHelpItem[]
  templates: readonly Template[]
  /** exercise id → condition → its contraindication; built once so checks are lookups. */
  contraindications: ReadonlyMap<string, ReadonlyMap<ConditionId, Contraindication>>
}

function indexById<T extends { id: K }, K>(items: readonly T[], what: string): Map<K, T> {
  const map = new Map<K, T>()
  for (const item of items) {
    if (map.has(item.id)) throw new Error(`Duplicate ${what} id "${String(item.id)}"`)
    map.set(item.id, item)
  }
  return map
}

function indexContraindications(exercises: readonly Exercise[]) {
  const index = new Map<string, Map<ConditionId, Contraindication>>()
  for (const exercise of exercises) {
    const byCondition = new Map<ConditionId, Contraindication>()
    for (const rule of exercise.contraindications) {
      if (byCondition.has(rule.condition)) {
        throw new Error(`Exercise "${exercise.id}" lists condition "${rule.condition}" twice`)
      }
      byCondition.set(rule.condition, rule)
    }
    index.set(exercise.id, byCondition)
  }
  return index
}

/** The library's lists as validated, before indexing: plain JSON, so a build can keep it. */
export interface ParsedLibrary {
  exerciseList: Exercise[]
  conditionList: Condition[]
  redFlagData: RedFlagData
  templates: Template[]
}

/** Validate the raw JSON. Throws with the file and field on bad data. */
export function parseLibrary(raw: RawLibrary): ParsedLibrary {
  return {
    exerciseList: raw.exerciseGroups.flatMap((group) => parseOrThrow(z.array(exerciseSchema), group.data, group.source)),
    conditionList: parseOrThrow(z.array(conditionSchema), raw.conditions, 'data/conditions.json'),
    redFlagData: parseOrThrow(redFlagDataSchema, raw.redFlags, 'data/red-flags.json'),
    templates: raw.templateGroups.flatMap((group) => parseOrThrow(z.array(templateSchema), group.data, group.source))
  }
}

/** Build the lookup indexes of validated lists. Throws on a duplicate id. */
export function indexLibrary({ exerciseList, conditionList, redFlagData, templates }: ParsedLibrary): Library {
  indexById(templates, 'template')
  return {
    exercises: indexById(exerciseList, 'exercise'),
    exerciseList,
    conditions: indexById(conditionList, 'condition'),
    redFlags: indexById(redFlagData.flags, 'red-flag'),
    redFlagList: redFlagData.flags,
    spa: redFlagData.spa,
    seekHelp: redFlagData.seekHelp,
    templates,
    contraindications: indexContraindications(exerciseList)
  }
}

/** Validate the raw JSON and build the lookup indexes. Throws with the file and field on bad data. */
export function createLibrary(raw: RawLibrary): Library {
  return indexLibrary(parseLibrary(raw))
}

/**
 * The shipped library with the clinician's own exercises added: the one library that checks and
 * handouts read. A custom exercise never replaces a shipped one (its id is left out if it clashes).
 */
export function withCustomExercises(base: Library, custom: readonly Exercise[]): Library {
  const added = custom.filter((exercise) => !base.exercises.has(exercise.id))
  if (added.length === 0) return base
  const exerciseList = [...base.exerciseList, ...added]
  return {
    ...base,
    exercises: new Map([...base.exercises, ...added.map((e) => [e.id, e] as const)]),
    exerciseList,
    contraindications: new Map([...base.contraindications, ...indexContraindications(added)])
  }
}
