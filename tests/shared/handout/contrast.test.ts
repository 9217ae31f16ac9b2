import { describe, expect, it } from 'vitest'
import { colours } from '../../../shared/handout/theme'
import { contrast } from '../wcag-contrast'

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
