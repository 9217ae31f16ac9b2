/**
 * What the bundled fonts can print. pdfmake draws a character the font lacks as an empty box
 * (or nothing), so every text is checked against the coverage of Roboto as shipped with
 * pdfmake (Latin, Greek, Cyrillic and common punctuation; no emoji, CJK, Arabic, Hebrew…).
 * Ranges are inclusive code points, taken from the cmap shared by all four Roboto styles.
 */
const ROBOTO_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], [0xa0, 0x17f], [0x18f, 0x18f], [0x192, 0x192], [0x1a0, 0x1a1], [0x1af, 0x1b0],
  [0x1f0, 0x1f0], [0x1fa, 0x1ff], [0x218, 0x21b], [0x237, 0x237], [0x259, 0x259], [0x2bc, 0x2bc],
  [0x2c6, 0x2c7], [0x2c9, 0x2c9], [0x2d8, 0x2dd], [0x2f3, 0x2f3], [0x300, 0x301], [0x303, 0x303],
  [0x309, 0x309], [0x30f, 0x30f], [0x323, 0x323], [0x384, 0x38a], [0x38c, 0x38c], [0x38e, 0x3a1],
  [0x3a3, 0x3ce], [0x3d1, 0x3d2], [0x3d6, 0x3d6], [0x400, 0x486], [0x488, 0x513], [0x1e00, 0x1e01],
  [0x1e3e, 0x1e3f], [0x1e80, 0x1e85], [0x1e9e, 0x1e9e], [0x1ea0, 0x1ef9], [0x1f4d, 0x1f4d],
  [0x2000, 0x200b], [0x2010, 0x2011], [0x2013, 0x2015], [0x2017, 0x201e], [0x2020, 0x2022],
  [0x2025, 0x2027], [0x2030, 0x2030], [0x2032, 0x2033], [0x2039, 0x203a], [0x203c, 0x203c],
  [0x2044, 0x2044], [0x2070, 0x2070], [0x2074, 0x208e], [0x20a3, 0x20a4], [0x20a6, 0x20ac],
  [0x20b1, 0x20b1], [0x20b9, 0x20ba], [0x20bc, 0x20bd], [0x20c1, 0x20c1], [0x2105, 0x2105],
  [0x2113, 0x2113], [0x2116, 0x2116], [0x2122, 0x2122], [0x2126, 0x2126], [0x212e, 0x212e],
  [0x215b, 0x215e], [0x2202, 0x2202], [0x2206, 0x2206], [0x220f, 0x220f], [0x2211, 0x2212],
  [0x221a, 0x221a], [0x221e, 0x221e], [0x222b, 0x222b], [0x2248, 0x2248], [0x2260, 0x2260],
  [0x2264, 0x2265], [0x25a0, 0x25a0], [0x25ca, 0x25cb], [0x25cf, 0x25cf], [0xfb01, 0xfb04]
]

/** Characters that are fine to keep although no glyph is drawn for them. */
const LINE_BREAK = 0x0a

export function canPrint(codePoint: number): boolean {
  if (codePoint === LINE_BREAK) return true
  let lo = 0
  let hi = ROBOTO_RANGES.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const [from, to] = ROBOTO_RANGES[mid]!
    if (codePoint < from) hi = mid - 1
    else if (codePoint > to) lo = mid + 1
    else return true
  }
  return false
}

export interface CleanText {
  text: string
  /** Each removed character as the person typed it (a whole emoji, not its parts), once. */
  removed: string[]
}

let segmenter: Intl.Segmenter | undefined
const quick = /^[\x20-\x7e\n]*$/

function allPrintable(text: string): boolean {
  for (const char of text) if (!canPrint(char.codePointAt(0)!)) return false
  return true
}

/**
 * Makes text printable with the bundled fonts: composes accents (NFC, so "é" typed as e + ◌́
 * prints), turns tabs and stray line endings into plain spaces and line breaks, and removes
 * what the fonts cannot draw, reporting each removed character once.
 */
export function cleanText(input: string): CleanText {
  const normalised = input.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ')
  if (quick.test(normalised) || allPrintable(normalised)) return { text: normalised, removed: [] }
  // Built only when needed: creating a segmenter costs several milliseconds.
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' })
  const removed = new Set<string>()
  let text = ''
  for (const { segment } of segmenter.segment(normalised)) {
    let kept = ''
    for (const char of segment) if (canPrint(char.codePointAt(0)!)) kept += char
    if (kept !== segment && !/^[\p{Cc}\p{Cf}]+$/u.test(segment)) removed.add(segment)
    text += kept
  }
  if (removed.size === 0) return { text, removed: [] }
  // Removing an emoji between two words must not leave a double space behind.
  const tidy = text.replace(/ {2,}/g, ' ').replace(/ +\n/g, '\n').replace(/\n +/g, '\n').trim()
  return { text: tidy, removed: [...removed] }
}
