import { canPrintFallback } from './dejavu-glyphs'

/** Why a character was left out of the handout. */
export type RemovalReason = 'right-to-left' | 'cjk' | 'emoji' | 'no-glyph'

/**
 * Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and the rest of their blocks,
 * presentation forms, and the right-to-left scripts beyond the BMP). DejaVu has glyphs for
 * some, but pdfkit has no bidirectional layout: the letters would print in the wrong order.
 */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u
/** Colour emoji and their parts: DejaVu's few black-and-white faces are no stand-in for them. */
const EMOJI = /[\p{Emoji_Presentation}\p{Emoji_Modifier}\p{Regional_Indicator}\ufe0f\u200d]/u
const PICTOGRAPH = /\p{Extended_Pictographic}/u
/** Controls, invisible formatting marks and private-use code points are never printed. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/u

/** Whether a character the main font lacks may be set in the fallback font (one grapheme). */
export function printsWithFallback(grapheme: string): boolean {
  if (RIGHT_TO_LEFT.test(grapheme) || CJK.test(grapheme) || EMOJI.test(grapheme) || INVISIBLE.test(grapheme)) return false
  for (const char of grapheme) if (!canPrintFallback(char.codePointAt(0)!)) return false
  return true
}

export function removalReason(grapheme: string): RemovalReason {
  if (RIGHT_TO_LEFT.test(grapheme)) return 'right-to-left'
  if (CJK.test(grapheme)) return 'cjk'
  if (EMOJI.test(grapheme) || PICTOGRAPH.test(grapheme)) return 'emoji'
  return 'no-glyph'
}

const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['Hebrew', /\p{Script=Hebrew}/u], ['Arabic', /\p{Script=Arabic}/u], ['Syriac', /\p{Script=Syriac}/u],
  ['Thaana', /\p{Script=Thaana}/u], ["N'Ko", /\p{Script=Nko}/u], ['Samaritan', /\p{Script=Samaritan}/u],
  ['Mandaic', /\p{Script=Mandaic}/u], ['Adlam', /\p{Script=Adlam}/u]
]

/** The names of the right-to-left scripts in `text`, for the warning ("Hebrew", "Arabic"). */
export function rightToLeftScripts(text: string): string[] {
  return SCRIPTS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name)
}
