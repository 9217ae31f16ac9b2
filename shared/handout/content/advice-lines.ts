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

const MINOR = new Set(['your', 'have', 'with', 'that', 'this', 'when', 'then', 'they', 'from', 'feel', 'feels', 'becomes', 'needs', 'same', 'will', 'into', 'very', 'call', 'does', 'starts', 'there'])
const words = (line: string) => new Set(line.toLowerCase().match(/[a-z0-9]{4,}/g)?.map((w) => w.replace(/(s|es)$/, '')).filter((w) => !MINOR.has(w)) ?? [])

/**
 * The advice lines the "stop and seek help" box does not already say: a template's "A painful,
 * swollen, warm or red calf needs checking the same day" beside the box's "Your calf or leg
 * becomes painful, swollen, warm or red" is said once, in the box. A line counts as said when
 * three or more of its words, and most of the shorter line's words, are in one of the box's lines.
 */
export function withoutRepeats(advice: readonly string[], seekHelp: readonly string[]): string[] {
  const box = seekHelp.map(words)
  return advice.filter((line) => {
    const own = words(line)
    return !box.some((other) => {
      const shared = [...own].filter((w) => other.has(w)).length
      return shared >= 3 && shared >= 0.6 * Math.min(own.size, other.size)
    })
  })
}
