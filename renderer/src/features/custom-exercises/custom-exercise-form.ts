import type { ConditionId } from '../../../../shared/domain/condition'
import type { Dosage } from '../../../../shared/domain/dosage'
import type { Contraindication, Exercise, Region } from '../../../../shared/domain/exercise'
import type { CustomExerciseInput } from '../../../../shared/ipc/store-types'

/** A warning rule as the clinician types it: which condition, how serious, and why. */
export interface RuleDraft {
  condition: ConditionId | ''
  level: 'avoid' | 'caution'
  reason: string
}

/** The editor's fields: lists as text, one line each, so they read like the handout. */
export interface CustomExerciseForm {
  name: string
  summary: string
  steps: string
  cues: string
  mistakes: string
  safety: string
  dose: Dosage
  regions: Region[]
  kind: Exercise['kind']
  position: Exercise['startingPosition']
  equipment: Exercise['equipment']
  level: Exercise['level']
  rules: RuleDraft[]
}

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean)

export function blankForm(): CustomExerciseForm {
  return {
    name: '', summary: '', steps: '', cues: '', mistakes: '', safety: 'Stop if the pain gets worse.',
    dose: { reps: 10, sets: 1, side: 'none', frequency: { timesPerDay: 1, daysPerWeek: 7 } },
    regions: [], kind: 'strength', position: 'standing', equipment: [], level: 'beginner', rules: []
  }
}

export function formOf(exercise: Exercise, name = exercise.name): CustomExerciseForm {
  return {
    name,
    summary: exercise.summary,
    steps: exercise.steps.join('\n'),
    cues: exercise.cues.join('\n'),
    mistakes: exercise.commonMistakes.join('\n'),
    safety: exercise.safetyNotes.join('\n'),
    dose: { ...exercise.defaultDose, frequency: { ...exercise.defaultDose.frequency } },
    regions: [...exercise.regions],
    kind: exercise.kind,
    position: exercise.startingPosition,
    equipment: [...exercise.equipment],
    level: exercise.level,
    rules: exercise.contraindications.map(({ condition, level, reason }) => ({ condition, level, reason }))
  }
}

/**
 * What main is asked to save. `base` is the exercise being edited or duplicated: its drawing, its
 * variations and, for a rule kept as it was, its sources and safer alternative carry over; a rule the
 * clinician wrote cites "clinical reasoning".
 */
export function inputOf(form: CustomExerciseForm, base: Exercise | undefined, id: string | undefined): CustomExerciseInput {
  const rules: Contraindication[] = form.rules.map((rule) => {
    const original = base?.contraindications.find((c) => c.condition === rule.condition && c.level === rule.level && c.reason === rule.reason.trim())
    return original ?? { condition: rule.condition as ConditionId, level: rule.level, reason: rule.reason.trim(), sources: ['clinical reasoning'] }
  })
  return {
    ...(id ? { id } : {}),
    name: form.name.trim(),
    otherNames: [],
    summary: form.summary.trim(),
    regions: form.regions,
    kind: form.kind,
    startingPosition: form.position,
    spinalMovements: base?.spinalMovements ?? [],
    equipment: form.equipment,
    level: form.level,
    defaultDose: form.dose,
    ...(base?.secondsPerRep ? { secondsPerRep: base.secondsPerRep } : {}),
    steps: lines(form.steps),
    cues: lines(form.cues),
    commonMistakes: lines(form.mistakes),
    safetyNotes: lines(form.safety),
    contraindications: rules,
    variations: base?.variations ?? [],
    poseId: base?.poseId ?? 'no-drawing',
    ...(base?.demands ? { demands: base.demands } : {}),
    ...(!base || base.noDrawingYet ? { noDrawingYet: true as const } : {})
  }
}
