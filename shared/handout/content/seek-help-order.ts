import type { SeekHelpItem } from '../../domain'

/**
 * The "stop and seek help" signs by urgency, as the clinical reference sorts them: the
 * emergency signs (bladder, bowel, saddle, both legs) first, then the reasons to see a
 * professional soon, each group in the order the data gives. A fall or a fever alone is a
 * "soon" sign; with any emergency sign the emergency line already applies.
 */
export function seekHelpByUrgency(items: readonly SeekHelpItem[]): SeekHelpItem[] {
  return [...items.filter((i) => i.emergency), ...items.filter((i) => !i.emergency)]
}
