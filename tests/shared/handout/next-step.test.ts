import { describe, expect, it } from 'vitest'
import { nextStepSentence } from '../../../shared/handout/next-step'
import { ladderOf, library, requireExercise } from '../../../shared/library'

describe('easier and harder', () => {
  it('finds the next step down and up from the exercise\'s variations', () => {
    const ladder = ladderOf(library, requireExercise(library, 'table-slide-flexion'))
    expect(ladder.easier?.id).toBe('pendulum')
    expect(ladder.harder?.id).toBe('supine-assisted-flexion')
  })

  it('prints "When this feels easy" with the sign of readiness for the patient', () => {
    expect(nextStepSentence(requireExercise(library, 'chin-tuck-lying'), library, [])).toBe(
      'When this feels easy: move on to Chin tucks. Easy means you can hold the nod for 10 seconds, 10 times, without the chin poking up.')
  })

  it('leaves the line out when the harder step carries a warning for the client, implied conditions included', () => {
    expect(nextStepSentence(requireExercise(library, 'pendulum'), library, ['rcr_protected'])).toBeUndefined()
    expect(nextStepSentence(requireExercise(library, 'pendulum'), library, [])).toMatch(/^When this feels easy: move on to /)
  })

  it('leaves the line out when the harder step is no next step: already in the plan, or the exercise swapped away from', () => {
    const pelvicTilt = requireExercise(library, 'pelvic-tilt')
    const harder = ladderOf(library, pelvicTilt).harder!.id
    expect(nextStepSentence(pelvicTilt, library, [])).toContain(ladderOf(library, pelvicTilt).harder!.name)
    expect(nextStepSentence(pelvicTilt, library, [], new Set([harder]))).toBeUndefined()
  })
})
