import type { ConditionId, Exercise, SpinalMovement } from '../domain'
import type { Library } from '../library'
import type { CheckedClient, CheckedPlan, PlanNote } from './check-types'

interface Resolved { itemId: string; exercise: Exercise }
type Context = { resolved: Resolved[]; has: (c: ConditionId) => boolean; client: CheckedClient }

const idsOf = (list: Resolved[]) => list.map((r) => r.itemId)
const moving = (list: Resolved[], m: SpinalMovement) => list.filter((r) => r.exercise.spinalMovements.includes(m))
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

function directionNote({ resolved, has }: Context): PlanNote | null {
  const extension = moving(resolved, 'extension')
  const flexion = moving(resolved, 'flexion')
  if (has('dp_flexion') && extension.length > 0 && flexion.length === 0) {
    return { id: 'direction-mismatch', level: 'warning', itemIds: idsOf(extension), sources: ['DP'],
      message: 'The only spinal movement in this plan is bending backward, but this client\'s symptoms worsen bending back. Add flexion-based exercises.' }
  }
  if (has('dp_extension') && flexion.length > 0 && extension.length === 0) {
    return { id: 'direction-mismatch', level: 'warning', itemIds: idsOf(flexion), sources: ['DP'],
      message: 'The only spinal movement in this plan is bending forward, but this client\'s symptoms worsen bending forward. Add extension-based exercises.' }
  }
  return null
}

function boneLoadNote({ resolved, has }: Context): PlanNote | null {
  if (!has('osteoporosis') && !has('vertebral_fracture_hx')) return null
  const flexion = moving(resolved, 'flexion')
  if (flexion.length < 3) return null
  return { id: 'repeated-flexion', level: 'warning', itemIds: idsOf(flexion), sources: ['UKOP'],
    message: `${plural(flexion.length, 'exercise')} bend the spine forward. With fragile bone, keep end-range and repeated flexion to a minimum and add back-extensor strengthening.` }
}

function pregnancyNotes({ resolved, has }: Context): PlanNote[] {
  const notes: PlanNote[] = []
  const onBack = resolved.filter((r) => r.exercise.startingPosition === 'lying-on-back')
  if (has('pregnancy_t2plus') && onBack.length >= 3) {
    notes.push({ id: 'time-on-back', level: 'warning', itemIds: idsOf(onBack), sources: ['PREG'],
      message: `${plural(onBack.length, 'exercise')} lie flat on the back. Keep each spell short, or swap some for side-lying or sitting versions.` })
  }
  if (has('pregnancy_t1')) {
    const lying = resolved.filter((r) => ['lying-on-front', 'lying-on-back'].includes(r.exercise.startingPosition))
    notes.push({ id: 'review-by-16-weeks', level: 'info', itemIds: idsOf(lying), sources: ['PREG'],
      message: 'Review this plan by about 16 weeks: exercises lying face down, and long spells on the back, will need changing.' })
  }
  return notes
}

function balanceNote({ resolved, has }: Context): PlanNote | null {
  if (!has('balance_falls_risk')) return null
  const floor = resolved.filter((r) => !['standing', 'sitting'].includes(r.exercise.startingPosition))
  if (floor.length === 0) return null
  return { id: 'floor-transfers', level: 'warning', itemIds: idsOf(floor), sources: ['clinical reasoning'],
    message: `${plural(floor.length, 'exercise')} need getting down to the floor. Check the client can get down and up safely, or choose chair and standing versions.` }
}

function surgeonNote({ client, has }: Context): PlanNote | null {
  const surgical = has('thr_posterior') || has('thr_anterior') || has('spinal_surgery_recent')
  if (!surgical) return null
  const restrictions = client.surgeonRestrictions.trim()
  return restrictions === ''
    ? { id: 'surgeon-restrictions', level: 'info', itemIds: [], sources: ['THR', 'POP'],
      message: 'No surgeon-set restrictions are recorded. Precautions vary by surgeon: record them on the client\'s profile.' }
    : { id: 'surgeon-restrictions', level: 'info', itemIds: [], sources: ['THR', 'POP'],
      message: `Check the plan against the surgeon's restrictions: "${restrictions}"` }
}

function strengtheningNote({ resolved }: Context): PlanNote | null {
  if (resolved.length < 3 || resolved.some((r) => r.exercise.kind === 'strength')) return null
  return { id: 'no-strengthening', level: 'info', itemIds: [], sources: ['N59', 'CPG'],
    message: 'The plan has no strengthening exercise. Guidance favours active exercise programmes, not stretching alone.' }
}

function duplicateNote({ resolved }: Context): PlanNote | null {
  const seen = new Map<string, string[]>()
  for (const r of resolved) seen.set(r.exercise.id, [...(seen.get(r.exercise.id) ?? []), r.itemId])
  const repeated = [...seen.values()].filter((ids) => ids.length > 1).flat()
  if (repeated.length === 0) return null
  return { id: 'duplicate-exercise', level: 'info', itemIds: repeated, sources: ['clinical reasoning'],
    message: 'The same exercise appears more than once in this plan.' }
}

const longSessionMinutes = 40

export function planNotes(plan: CheckedPlan, client: CheckedClient, library: Library, minutes: number): PlanNote[] {
  const resolved: Resolved[] = []
  for (const item of plan.items) {
    const exercise = library.exercises.get(item.exerciseId)
    if (exercise) resolved.push({ itemId: item.id, exercise })
  }
  const conditions = new Set(client.conditions)
  const context: Context = { resolved, has: (c) => conditions.has(c), client }
  const notes = [
    directionNote(context), boneLoadNote(context), ...pregnancyNotes(context), balanceNote(context),
    surgeonNote(context), strengtheningNote(context), duplicateNote(context)
  ].filter((note): note is PlanNote => note !== null)
  if (minutes > longSessionMinutes) {
    notes.push({ id: 'long-session', level: 'info', itemIds: [], sources: ['clinical reasoning'],
      message: `About ${minutes} minutes per session. Long home programmes are hard to keep up; consider splitting it.` })
  }
  return notes
}
