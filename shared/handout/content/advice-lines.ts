import type { Exercise } from '../../domain'

const always = [
  'Move slowly and breathe normally. Do not hold your breath.',
  'Never bounce or jerk. Ease into each position and keep it still.'
]

/** Stretching and relaxation: a gentle stretch is the target. */
const stretchOnly = [
  'You should feel mild tension or a gentle stretch, not pain.',
  'If an exercise makes your pain worse, stop it and tell your physiotherapist.'
]

/** Strengthening and mobility: some discomfort is expected and safe (clinical reasoning, CPG). */
const loading = [
  'Mild discomfort that settles within a few minutes of finishing is normal and safe.',
  'Stop and tell your physiotherapist if the pain is sharp, or if it is still worse the next day.'
]

/** The general advice that fits the plan: strengthening and mobility plans do not promise "never pain". */
export function adviceLines(kinds: readonly Exercise['kind'][]): string[] {
  const loads = kinds.some((kind) => kind === 'strength' || kind === 'mobility')
  return [...always, ...(loads ? loading : stretchOnly)]
}
