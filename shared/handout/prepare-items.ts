import { describeDose, describeFrequency } from '../dose'
import type { ConditionId, Exercise, Plan } from '../domain'
import { hasPose } from '../illustration'
import { nextStepSentence } from './next-step'
import type { Clean } from './clean-text'
import type { HandoutLibrary, HandoutLogo, HandoutWarning } from './types'

/** One exercise as the patient will read it: every text already cleaned for printing. */
export interface HandoutItem {
  number: number
  name: string
  dose: string
  steps: string[]
  /** The movement in one sentence: the compact card prints it instead of the steps. */
  summary: string
  note: string
  /** What the exercise needs at home (mat, chair…). */
  equipment: Exercise['equipment']
  /** The exercise's own safety lines ("Stop if…"). */
  safety: string[]
  /** Set when the clinician swapped to a safer version: one sentence saying so. */
  gentler?: string
  /** "When this feels easy: move on to …", when the harder step suits the client's conditions. */
  whenEasy?: string
  /** null when the exercise has no drawing yet. */
  poseId: string | null
  /** The clinician's own photo of a custom exercise: printed instead of a drawing. */
  photo?: HandoutLogo
  timesPerDay: number
  /** "twice a day", "5 days a week". */
  frequency: string
}

function gentlerSentence(originalName: string | undefined, clean: Clean): string {
  if (originalName === undefined) return 'Your physiotherapist chose this gentler version for you.'
  return `Your physiotherapist chose a gentler version of ${clean(originalName, 'name of a replaced exercise')} for you.`
}

export function prepareItems(plan: Plan, library: HandoutLibrary, clean: Clean, warnings: HandoutWarning[], conditions: readonly ConditionId[] = []): HandoutItem[] {
  const items: HandoutItem[] = []
  const inPlan = new Set(plan.items.map((item) => item.exerciseId))
  plan.items.forEach((item, index) => {
    const exercise = library.exercises.get(item.exerciseId)
    const position = `exercise ${index + 1}`
    if (!exercise) {
      warnings.push({
        code: 'unknown-exercise',
        field: position,
        message: `Left out ${position}: "${item.exerciseId}" is not in the exercise library.`
      })
      return
    }
    const name = clean(exercise.name, `name of ${position}`)
    const photo = library.photos?.get(exercise.id)
    if (!photo && !hasPose(exercise.poseId)) {
      warnings.push({
        code: 'missing-drawing',
        field: `drawing for ${exercise.name}`,
        message: `${exercise.name} has no drawing yet; the handout shows its name and steps only.`
      })
    }
    const original = item.swappedFrom === undefined ? undefined : library.exercises.get(item.swappedFrom)
    const notNext = item.swappedFrom === undefined ? inPlan : new Set([...inPlan, item.swappedFrom])
    const whenEasy = nextStepSentence(exercise, library, conditions, notNext)
    items.push({
      number: items.length + 1,
      name,
      dose: clean(describeDose(item.dosage), `dose for ${exercise.name}`),
      summary: clean(exercise.summary, `summary of ${exercise.name}`),
      steps: exercise.steps.map((step, i) => clean(step, `step ${i + 1} of ${exercise.name}`)),
      note: clean(item.patientNote.trim(), `note for ${exercise.name}`),
      equipment: exercise.equipment,
      safety: exercise.safetyNotes.map((line, i) => clean(line, `safety line ${i + 1} of ${exercise.name}`)),
      ...(item.swappedFrom === undefined ? {} : { gentler: gentlerSentence(original?.name, clean) }),
      ...(whenEasy === undefined ? {} : { whenEasy: clean(whenEasy, `next step for ${exercise.name}`) }),
      poseId: hasPose(exercise.poseId) ? exercise.poseId : null,
      ...(photo ? { photo } : {}),
      timesPerDay: item.dosage.frequency.timesPerDay,
      frequency: describeFrequency(item.dosage.frequency)
    })
  })
  return items
}
