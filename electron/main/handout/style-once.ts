/**
 * pdfmake measures every word as its own inline and looks up each of the word's twenty-odd style
 * properties through the style stack (a push, a closure and a pop per lookup): with the garbage
 * it makes, about a sixth of a handout's render time. The words of one text carry the same style
 * (pdfmake's TextBreaker copies the text's own style onto each word), so here a word whose own
 * style is the previous word's takes that word's resolved style; every word is still measured on
 * its own. The internals reached, as pdfmake 0.3.11 defines them:
 * TextInlines.prototype.measure(array, styleContextStack), .widthOfText(text, inline) and
 * .pdfDocument.provideFont(font, bold, italics), and StyleContextStack.getStyleProperty(item,
 * stack, property, default).
 */
type Inline = Record<string, unknown> & { text: string }
interface Font { lineHeight(size: number): number }
interface TextInlines {
  pdfDocument: { provideFont(font: unknown, bold: unknown, italics: unknown): Font }
  widthOfText(text: string, inline: Inline): number
}
type GetStyleProperty = (item: object, stack: unknown, property: string, fallback: unknown) => unknown
type Measure = (this: TextInlines, array: Inline[], stack: unknown) => Inline[]

/** The properties pdfmake's measure resolves for a word, with their defaults, in its order. */
const RESOLVED: readonly (readonly [string, unknown])[] = [
  ['alignment', 'left'], ['fontSize', 12], ['fontFeatures', null], ['characterSpacing', 0], ['color', 'black'],
  ['decoration', null], ['decorationColor', null], ['decorationStyle', null], ['decorationThickness', null],
  ['background', null], ['link', null], ['linkToPage', null], ['linkToDestination', null], ['noWrap', null],
  ['opacity', 1], ['sup', false], ['sub', false]
]
/** A word's own keys that are not style: its text, and what the breaker and the first word's indent add. */
const NOT_STYLE = new Set(['text', 'lineEnd', 'noNewLine', 'leadingCut', 'leadingIndent'])
const LEADING = /^(\s)+/
const TRAILING = /(\s)+$/

interface Resolved {
  values: unknown[]
  font: Font
  lineHeight: number
  preserveLeadingSpaces: unknown
  preserveTrailingSpaces: unknown
}

/** Whether two words have the same own style (the same style keys holding the same values). */
export function sameOwnStyle(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  let count = 0
  for (const key in a) {
    if (NOT_STYLE.has(key) || !Object.prototype.hasOwnProperty.call(a, key)) continue
    if (!Object.prototype.hasOwnProperty.call(b, key) || a[key] !== b[key]) return false
    count++
  }
  for (const key in b) {
    if (!NOT_STYLE.has(key) && Object.prototype.hasOwnProperty.call(b, key)) count--
  }
  return count === 0
}

/** pdfmake's StyleContextStack, as far as getStyleProperty uses it. */
interface StyleStack { auto<T>(item: object, callback: () => T): T; getProperty(property: string): unknown }
const isStyleStack = (stack: unknown): stack is StyleStack =>
  typeof stack === 'object' && stack !== null && typeof Reflect.get(stack, 'auto') === 'function' && typeof Reflect.get(stack, 'getProperty') === 'function'
const isValue = (value: unknown) => value !== undefined && value !== null

/**
 * getStyleProperty for many properties of one item: what the item sets, else the stack's value
 * with the item's own style pushed, else the default. The item's style is pushed once for all
 * of them rather than once per property (a third of the time measuring a text's first word took).
 */
function styleReader(get: GetStyleProperty, item: Inline, stack: unknown, read: (property: (key: string, fallback: unknown) => unknown) => Resolved): Resolved {
  if (!isStyleStack(stack)) return read((key, fallback) => get(item, stack, key, fallback))
  return stack.auto(item, () => read((key, fallback) => {
    if (isValue(item[key])) return item[key]
    const value = stack.getProperty(key)
    return isValue(value) ? value : fallback
  }))
}

function measureOnce(get: GetStyleProperty): Measure {
  const resolve = (self: TextInlines, item: Inline, stack: unknown): Resolved => styleReader(get, item, stack, (property) => ({
    font: self.pdfDocument.provideFont(property('font', 'Roboto'), property('bold', false), property('italics', false)),
    values: RESOLVED.map(([key, fallback]) => property(key, fallback)),
    lineHeight: property('lineHeight', 1) as number,
    preserveLeadingSpaces: property('preserveLeadingSpaces', false),
    preserveTrailingSpaces: property('preserveTrailingSpaces', false)
  }))
  return function measure(this: TextInlines, array, stack) {
    if (array.length > 0) {
      const leadingIndent = get(array[0]!, stack, 'leadingIndent', 0) as number
      if (leadingIndent) {
        array[0]!.leadingCut = -leadingIndent
        array[0]!.leadingIndent = leadingIndent
      }
    }
    // The previous word as it was before measuring (measuring adds the resolved style to it).
    let source: Inline | undefined
    let style: Resolved | undefined
    for (const item of array) {
      if (!source || !style || !sameOwnStyle(item, source)) {
        source = { ...item }
        style = resolve(this, item, stack)
      }
      item.font = style.font
      RESOLVED.forEach(([key], i) => { item[key] = style!.values[i] })
      if (item.sup || item.sub) item.fontSize = (item.fontSize as number) * 0.58
      item.width = this.widthOfText(item.text, item)
      item.height = style.font.lineHeight(item.fontSize as number) * style.lineHeight
      if (!item.leadingCut) item.leadingCut = 0
      if (!style.preserveLeadingSpaces) {
        const spaces = LEADING.exec(item.text)
        if (spaces) item.leadingCut = (item.leadingCut as number) + this.widthOfText(spaces[0], item)
      }
      item.trailingCut = 0
      if (!style.preserveTrailingSpaces) {
        const spaces = TRAILING.exec(item.text)
        if (spaces) item.trailingCut = this.widthOfText(spaces[0], item)
      }
    }
    return array
  }
}

const classOf = (module: unknown): unknown => {
  if (typeof module === 'function') return module
  const candidate: unknown = Reflect.get(Object(module), 'default')
  return typeof candidate === 'function' ? candidate : Reflect.get(Object(candidate), 'default')
}

/** `textInlinesModule` and `styleStackModule` are pdfmake's js/TextInlines.js and js/StyleContextStack.js as imported. */
export function resolveStylesOncePerText(textInlinesModule: unknown, styleStackModule: unknown): void {
  const inlines = classOf(textInlinesModule)
  const stack = classOf(styleStackModule)
  const proto: unknown = typeof inlines === 'function' ? Reflect.get(inlines, 'prototype') : undefined
  const get: unknown = typeof stack === 'function' ? Reflect.get(stack, 'getStyleProperty') : undefined
  if (typeof proto !== 'object' || proto === null || typeof Reflect.get(proto, 'measure') !== 'function' ||
    typeof Reflect.get(proto, 'widthOfText') !== 'function' || typeof get !== 'function') {
    throw new Error('pdfmake internals changed: cannot measure words by style (expected pdfmake 0.3.11)')
  }
  if (Object.prototype.hasOwnProperty.call(proto, '__stylesOnce')) return
  Reflect.set(proto, 'measure', measureOnce(get.bind(stack) as GetStyleProperty))
  Object.defineProperty(proto, '__stylesOnce', { value: true })
}
