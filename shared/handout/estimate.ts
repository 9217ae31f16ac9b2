/**
 * Rough text heights, used only to decide whether a block may be kept on one page.
 * pdfmake drops whatever does not fit of an unbreakable block taller than a page, so these
 * err on the tall side: Roboto averages about 0.48 em per character in English text; 0.53 and
 * the allowance for the part of a word that wraps leave headroom.
 */
const AVERAGE_CHAR_EM = 0.53
/** Roboto's ascender to descender, relative to the font size. */
const ROBOTO_LINE = 1.172

export function estimateLines(text: string, width: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * AVERAGE_CHAR_EM)))
  return text.split('\n').reduce((lines, paragraph) => lines + Math.max(1, Math.ceil((paragraph.length * 1.05) / perLine)), 0)
}

export function estimateTextHeight(text: string, width: number, fontSize: number, lineHeight: number): number {
  return estimateLines(text, width, fontSize) * fontSize * ROBOTO_LINE * lineHeight
}
