import { canPrint } from './roboto-glyphs'
import { printsWithFallback } from './unsupported'

export { canPrint } from './roboto-glyphs'
export { canPrintFallback } from './dejavu-glyphs'

export interface CleanText {
  text: string
  /** Each removed character as the person typed it (a whole emoji, not its parts), once. */
  removed: string[]
  /** Whether some of the text needs the fallback font (see text-runs.ts). */
  fallback: boolean
}

let segmenter: Intl.Segmenter | undefined
const quick = /^[\x20-\x7e\n]*$/

/** The text as a reader sees its characters: a letter with its accents, a whole emoji. */
export function graphemes(text: string): string[] {
  // Built only when needed: creating a segmenter costs several milliseconds.
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' })
  return Array.from(segmenter.segment(text), (s) => s.segment)
}

export function printsWithMain(text: string): boolean {
  for (const char of text) if (!canPrint(char.codePointAt(0)!)) return false
  return true
}

/**
 * Makes text printable with the bundled fonts: composes accents (NFC, so "é" typed as e + ◌́
 * prints), turns tabs and stray line endings into plain spaces and line breaks, keeps what
 * Roboto or else the fallback font can draw, and removes the rest, reporting each removed
 * character once.
 */
export function cleanText(input: string): CleanText {
  const normalised = input.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ')
  if (quick.test(normalised) || printsWithMain(normalised)) return { text: normalised, removed: [], fallback: false }
  const removed = new Set<string>()
  let fallback = false
  let text = ''
  for (const segment of graphemes(normalised)) {
    if (printsWithMain(segment)) text += segment
    else if (printsWithFallback(segment)) {
      text += segment
      fallback = true
    } else {
      for (const char of segment) if (canPrint(char.codePointAt(0)!)) text += char
      if (!/^[\p{Cc}\p{Cf}]+$/u.test(segment)) removed.add(segment)
    }
  }
  if (removed.size === 0) return { text, removed: [], fallback }
  // Removing an emoji between two words must not leave a double space behind.
  const tidy = text.replace(/ {2,}/g, ' ').replace(/ +\n/g, '\n').replace(/\n +/g, '\n').trim()
  return { text: tidy, removed: [...removed], fallback }
}
