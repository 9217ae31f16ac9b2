/**
 * Text heights, used to decide what goes beside a drawing and whether a block may be kept on
 * one page. pdfmake drops whatever does not fit of an unbreakable block taller than a page, so
 * these err a little tall: words are wrapped at spaces only (pdfmake may also break after a
 * hyphen) with Roboto's own advance widths, the wider of Regular and Medium (bold), plus 2 %.
 */
const ASCII_WIDTHS = [
  249, 265, 320, 616, 568, 736, 641, 175, 346, 350, 443, 567, 224, 340, 278, 413, 568, 568, 568, 568, 568, 568, 568, 568,
  568, 568, 264, 240, 509, 563, 523, 486, 898, 663, 631, 653, 656, 568, 553, 681, 713, 283, 556, 632, 540, 875, 713, 689,
  638, 689, 629, 605, 609, 654, 646, 887, 631, 611, 603, 271, 417, 271, 429, 451, 320, 544, 562, 523, 564, 536, 353, 567,
  556, 255, 251, 521, 255, 877, 557, 570, 562, 568, 354, 516, 333, 556, 496, 751, 503, 490, 503, 338, 249, 338, 680
] as const
/** Letters outside ASCII (é, ł, Greek, Cyrillic…) are taken as wide as the widest lower-case letters. */
const OTHER_WIDTH = 620
const SLACK = 1.02
/** Roboto's ascender to descender, relative to the font size. */
const ROBOTO_LINE = 1.172

function charEm(code: number): number {
  return (code >= 32 && code < 127 ? ASCII_WIDTHS[code - 32]! : OTHER_WIDTH) / 1000
}

function wordEm(word: string): number {
  let em = 0
  for (let i = 0; i < word.length; i++) em += charEm(word.charCodeAt(i))
  return em
}

export function estimateLines(text: string, width: number, fontSize: number): number {
  const room = width / (fontSize * SLACK)
  const space = charEm(32)
  let lines = 0
  for (const paragraph of text.split('\n')) {
    lines++
    let used = 0
    for (const word of paragraph.split(' ')) {
      const w = wordEm(word)
      if (used > 0 && used + space + w > room) {
        lines++
        used = w
      } else {
        used += (used > 0 ? space : 0) + w
      }
      // A word wider than the column is broken over lines of its own.
      while (used > room) {
        lines++
        used -= room
      }
    }
  }
  return lines
}

export function estimateTextHeight(text: string, width: number, fontSize: number, lineHeight: number): number {
  return estimateLines(text, width, fontSize) * fontSize * ROBOTO_LINE * lineHeight
}

/** The width of the longest line of `text` set without wrapping, erring wide like the heights. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.max(0, ...text.split('\n').map((line) => wordEm(line) * fontSize * SLACK))
}
