import { describe, expect, it } from 'vitest'
import { adviceLines } from '../../../shared/handout/content/advice-lines'
import { seekHelpByUrgency } from '../../../shared/handout/content/seek-help-order'
import { library } from '../../../shared/library'

describe('stop and seek help: sorted by urgency as the clinical reference does', () => {
  const sorted = seekHelpByUrgency(library.seekHelp)

  it('puts every emergency sign before every "see someone soon" sign', () => {
    const firstSoon = sorted.findIndex((i) => !i.emergency)
    expect(firstSoon).toBeGreaterThan(0)
    expect(sorted.slice(firstSoon).every((i) => !i.emergency)).toBe(true)
    expect(seekHelpByUrgency([{ text: 'soon sign here', emergency: false }, { text: 'emergency sign', emergency: true }]).map((i) => i.emergency)).toEqual([true, false])
  })

  it('keeps the cauda equina signs as emergencies, and a fall or a fever alone as "see a professional"', () => {
    const urgencyOf = (word: RegExp) => sorted.find((i) => word.test(i.text))?.emergency
    expect(urgencyOf(/bladder or bowels/)).toBe(true)
    expect(urgencyOf(/between your legs/)).toBe(true)
    expect(urgencyOf(/hurts after a fall/)).toBe(false)
    expect(urgencyOf(/fever or chills/)).toBe(false)
  })
})

describe('general advice fits the plan', () => {
  it('tells a stretching plan to aim for a gentle stretch, not pain', () => {
    const lines = adviceLines(['stretch', 'relaxation'])
    expect(lines.join(' ')).toContain('gentle stretch, not pain')
    expect(lines.join(' ')).not.toContain('discomfort')
  })

  it('tells a strengthening or mobility plan that mild, settling discomfort is fine and sharp or lasting pain is not', () => {
    for (const kind of ['strength', 'mobility'] as const) {
      const text = adviceLines(['stretch', kind]).join(' ')
      expect(text).toContain('Mild discomfort that settles')
      expect(text).toMatch(/sharp.*still worse the next day/)
      expect(text).not.toMatch(/never pain|not pain/)
    }
  })
})
