import { describe, expect, it } from 'vitest'
import { mergedInlines } from '../../../electron/main/handout/merge-inlines'

const roboto = { name: 'Roboto' }
const bold = { name: 'Roboto-Medium' }
const word = (text: string, x: number, extra: Record<string, unknown> = {}) =>
  ({ text, x, width: text.length * 5, font: roboto, fontSize: 12, color: '#1f2d33', opacity: 1, height: 14, trailingCut: text.endsWith(' ') ? 2 : 0, ...extra })

describe('words of a line written together', () => {
  it('joins words side by side in the same style into one text, as wide as they were together', () => {
    const line = [word('Lie ', 0), word('on ', 20), word('your ', 35), word('back.', 60)]
    const merged = mergedInlines(line)
    expect(merged).toHaveLength(1)
    expect(merged[0]).toMatchObject({ text: 'Lie on your back.', x: 0, width: 85, trailingCut: 0 })
  })

  it('keeps a change of font, size or colour, a link, letter spacing or a gap as separate texts', () => {
    const line = [
      word('1 ', 0), word('Child\'s ', 10, { font: bold }), word('pose ', 50, { font: bold }),
      word('Take ', 75, { color: '#a8322a' }), word('care: ', 100, { color: '#a8322a', fontSize: 10 }),
      word('see ', 130), word('here ', 150, { link: 'https://example.org' }), word('H O M E ', 175, { characterSpacing: 1 }),
      word('far ', 300), word('away', 400)
    ]
    expect(mergedInlines(line).map((i) => i.text)).toEqual(['1 ', 'Child\'s pose ', 'Take ', 'care: ', 'see ', 'here ', 'H O M E ', 'far ', 'away'])
  })

  it('leaves the laid-out line as it was', () => {
    const line = [word('Hold ', 0), word('still.', 25)]
    const before = JSON.stringify(line)
    mergedInlines(line)
    expect(JSON.stringify(line)).toBe(before)
  })
})
