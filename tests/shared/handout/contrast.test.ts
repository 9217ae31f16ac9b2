import { describe, expect, it } from 'vitest'
import { colours } from '../../../shared/handout/theme'

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

describe('handout colours', () => {
  // Each text colour with every background it is printed on.
  const pairs: [keyof typeof colours, keyof typeof colours | 'white'][] = [
    ['text', 'white'], ['text', 'accentSoft'], ['text', 'noteBackground'], ['text', 'alertSoft'], ['text', 'chartHeader'],
    ['muted', 'white'], ['accent', 'white'], ['accent', 'accentSoft'], ['alert', 'white'], ['alert', 'alertSoft'], ['noteLabel', 'noteBackground']
  ]
  it.each(pairs)('%s on %s has a contrast of at least 4.5:1', (fg, bg) => {
    expect(contrast(colours[fg], bg === 'white' ? '#ffffff' : colours[bg])).toBeGreaterThanOrEqual(4.5)
  })
})
