import { describe, expect, it } from 'vitest'
import TextBreakerModule from 'pdfmake/js/TextBreaker.js'
import TextInlinesModule from 'pdfmake/js/TextInlines.js'
import StyleContextStackModule from 'pdfmake/js/StyleContextStack.js'
import pdfmake from 'pdfmake'
import { robotoFiles } from '../../../electron/main/handout/pdfmake-setup'
import { resolveStylesOncePerText, sameOwnStyle } from '../../../electron/main/handout/style-once'

type Ctor = new (...args: unknown[]) => { measure(...args: unknown[]): unknown; getBreaks(...args: unknown[]): unknown }
const classOf = (module: unknown) => {
  if (typeof module === 'function') return module as Ctor
  const candidate = Reflect.get(Object(module), 'default') as unknown
  return (typeof candidate === 'function' ? candidate : Reflect.get(Object(candidate), 'default')) as Ctor
}

/** A text with named styles, nested style overrides, a link, sub/superscript and spaces to cut. */
const text = [
  'Lie on your back ',
  { text: 'with both knees bent. ', bold: true },
  { text: 'Take care: ', style: 'alert' },
  { text: ' stop if it hurts ', color: '#a8322a', fontSize: 10 },
  { text: 'see here', link: 'https://example.org', style: ['alert', 'small'] },
  { text: 'H2O ', sub: true },
  { text: '  spaced ', preserveLeadingSpaces: true, characterSpacing: 1 },
  'and the rest.\nNext line   '
]

describe('style resolved once per text', () => {
  it('measures every word exactly as pdfmake does', async () => {
    // pdfmake as it comes (not through pdfmakeReady, which patches its measure for every document).
    pdfmake.setFonts({ Roboto: robotoFiles() })
    pdfmake.setUrlAccessPolicy(() => false)
    const document = await pdfmake.createPdf({ content: '' }).getStream()
    const TextInlines = classOf(TextInlinesModule)
    const StyleContextStack = classOf(StyleContextStackModule)
    const TextBreaker = classOf(TextBreakerModule)
    expect(Object.prototype.hasOwnProperty.call(TextInlines.prototype, '__stylesOnce'), 'pdfmake unpatched here').toBe(false)
    // A subclass takes the patch, so pdfmake's own measure stays to compare with.
    class Patched extends TextInlines {}
    resolveStylesOncePerText({ default: Patched }, StyleContextStackModule)
    expect(Object.prototype.hasOwnProperty.call(Patched.prototype, 'measure')).toBe(true)
    const stack = () => new StyleContextStack({ alert: { color: '#a8322a', bold: true }, small: { fontSize: 9, lineHeight: 1.4 } }, { fontSize: 12, lineHeight: 1.15, leadingIndent: 3 })
    const words = () => new TextBreaker().getBreaks(structuredClone(text), stack())
    const ours = new Patched(document).measure(words(), stack()) as Record<string, unknown>[]
    const theirs = new TextInlines(document).measure(words(), stack()) as Record<string, unknown>[]
    expect(ours.length).toBeGreaterThan(15)
    expect(ours).toEqual(theirs)
    // The styles really differ word to word, so a style wrongly carried over would show.
    expect(new Set(ours.map((w) => `${w.color}|${w.fontSize}|${w.link}|${w.sub}`)).size).toBeGreaterThan(4)
    document.end()
  })

  it('tells a word in the same style from one in another', () => {
    expect(sameOwnStyle({ text: 'a ', bold: true, lineEnd: true }, { text: 'b', bold: true, noNewLine: true })).toBe(true)
    expect(sameOwnStyle({ text: 'a ', bold: true }, { text: 'b', bold: false })).toBe(false)
    expect(sameOwnStyle({ text: 'a ', bold: true }, { text: 'b', bold: true, color: 'red' })).toBe(false)
    expect(sameOwnStyle({ text: 'a ', bold: true, color: 'red' }, { text: 'b', bold: true })).toBe(false)
  })
})
