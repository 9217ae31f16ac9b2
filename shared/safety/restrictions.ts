import type { ConditionId, Exercise, Restriction } from '../domain'
import { getPose, hasPose } from '../illustration/pose-library'
import type { Frame } from '../illustration/pose-schema'
import type { ItemWarning } from './check-types'

export type WeightBearing = 'none' | 'partial' | 'full' | 'single-leg'

export interface Demands {
  /** Peak hip flexion in the drawing, in degrees (null: no drawing to measure). */
  hipFlexion: number | null
  shoulderElevation: 'none' | 'assisted' | 'active'
  weightBearing: WeightBearing
}

/** Arm raised at least this far forwards or sideways counts as lifting the arm. */
const ELEVATION_DEGREES = 45

function limbs<T extends object>(frame: Frame, both: 'legs' | 'arms', left: 'leftLeg' | 'leftArm', right: 'rightLeg' | 'rightArm'): T[] {
  return [{ ...frame[both], ...frame[left] }, { ...frame[both], ...frame[right] }] as T[]
}

const positionLoad: Record<Exercise['startingPosition'], WeightBearing> = {
  standing: 'full', kneeling: 'partial', 'all-fours': 'partial', sitting: 'none',
  'lying-on-back': 'none', 'lying-on-front': 'none', 'side-lying': 'none'
}

/** What an exercise asks of the hip, the shoulder and the legs: measured from its drawing, overridden by its data. */
export function demandsOf(exercise: Pick<Exercise, 'poseId' | 'startingPosition' | 'demands'>): Demands {
  const frames = hasPose(exercise.poseId) ? getPose(exercise.poseId).frames : []
  let hip: number | null = frames.length > 0 ? 0 : null
  let arm = 0
  for (const frame of frames) {
    for (const leg of limbs<{ hipFlex?: number }>(frame, 'legs', 'leftLeg', 'rightLeg')) hip = Math.max(hip ?? 0, leg.hipFlex ?? 0)
    for (const a of limbs<{ shoulderFlex?: number; shoulderAbd?: number }>(frame, 'arms', 'leftArm', 'rightArm')) {
      arm = Math.max(arm, a.shoulderFlex ?? 0, a.shoulderAbd ?? 0)
    }
  }
  return {
    hipFlexion: hip,
    shoulderElevation: exercise.demands?.shoulderElevation ?? (arm >= ELEVATION_DEGREES ? 'active' : 'none'),
    weightBearing: exercise.demands?.weightBearing ?? positionLoad[exercise.startingPosition]
  }
}

const weightBearingLevel: Record<Exclude<Extract<Restriction, { kind: 'weight-bearing' }>['status'], 'as-tolerated'>, Partial<Record<WeightBearing, 'avoid' | 'caution'>>> = {
  'non-weight-bearing': { partial: 'avoid', full: 'avoid', 'single-leg': 'avoid' },
  'touch-weight-bearing': { partial: 'caution', full: 'avoid', 'single-leg': 'avoid' },
  'partial-weight-bearing': { full: 'caution', 'single-leg': 'avoid' }
}
const wbWords: Record<WeightBearing, string> = {
  none: 'no weight', partial: 'some weight', full: 'full weight', 'single-leg': 'all the weight on one leg'
}

type Named = (id: ConditionId) => string

function warning(restriction: Restriction, level: 'avoid' | 'caution', reason: string, name: Named): ItemWarning {
  return { condition: restriction.condition, conditionName: name(restriction.condition), level, reason, sources: ['clinical reasoning'], acknowledged: null }
}

/** Warnings from the client's structured restrictions for one exercise (acknowledgements applied by the caller). */
export function restrictionWarnings(exercise: Pick<Exercise, 'poseId' | 'startingPosition' | 'demands'>, restrictions: readonly Restriction[], name: Named): ItemWarning[] {
  if (restrictions.length === 0) return []
  const d = demandsOf(exercise)
  const out: ItemWarning[] = []
  for (const r of restrictions) {
    if (r.kind === 'hip-flexion-limit' && d.hipFlexion !== null && d.hipFlexion > r.degrees) {
      out.push(warning(r, 'avoid', `Surgeon's limit: no hip bending past ${r.degrees}°. This exercise bends the hip to about ${Math.round(d.hipFlexion)}°.`, name))
    } else if (r.kind === 'no-active-shoulder-elevation' && d.shoulderElevation === 'active') {
      out.push(warning(r, 'avoid', 'Surgeon\'s limit: no active lifting of the arm. This exercise lifts the arm with its own muscles.', name))
    } else if (r.kind === 'weight-bearing' && r.status !== 'as-tolerated') {
      const level = weightBearingLevel[r.status][d.weightBearing]
      if (level) out.push(warning(r, level, `Surgeon's limit: ${r.status.replace(/-/g, ' ')}. This exercise puts ${wbWords[d.weightBearing]} through the legs.`, name))
    }
  }
  return out
}
