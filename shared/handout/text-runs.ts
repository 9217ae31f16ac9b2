import { canPrintFallback } from './dejavu-glyphs'
import { graphemes, printsWithMain } from './glyphs'

/** The fallback font's family name, as registered with pdfmake in the main process. */
export const FALLBACK_FONT = 'DejaVuSans'

export interface TextRun {
  text: string
  fallback: boolean
}

const quick = /^[\x20-\x7e\n]*$/
/** Spaces and punctuation both fonts have: they join the run around them (see splitRuns). */
const NEUTRAL = /^[\s\p{P}\p{S}]+$/u

/** Whether cleaned text has characters only the fallback font can print. */
export function needsFallback(text: string): boolean {
  return !quick.test(text) && !printsWithMain(text)
}

type Kind = 'main' | 'fallback' | 'neutral'

function kindOf(grapheme: string): Kind {
  if (!printsWithMain(grapheme)) return 'fallback'
  const neutral = NEUTRAL.test(grapheme) && [...grapheme].every((c) => canPrintFallback(c.codePointAt(0)!))
  return neutral ? 'neutral' : 'main'
}

/**
 * Cleaned text as runs of one font each. A space or punctuation between two fallback words
 * stays in the fallback run ("Անի Պետրոսյան" is one run), so a name keeps one word spacing
 * and the document fewer font switches; elsewhere it goes to Roboto.
 */
export function splitRuns(text: string): TextRun[] {
  const pieces = graphemes(text).map((g) => ({ g, kind: kindOf(g) }))
  // The kind of the next letter after each piece, found in one pass from the end.
  const nextStrong: (Kind | undefined)[] = []
  for (let i = pieces.length - 1, next: Kind | undefined; i >= 0; i--) {
    nextStrong[i] = next
    if (pieces[i]!.kind !== 'neutral') next = pieces[i]!.kind
  }
  const runs: TextRun[] = []
  let previous: Kind | undefined
  pieces.forEach(({ g, kind }, i) => {
    const fallback = kind === 'fallback' || (kind === 'neutral' && previous === 'fallback' && nextStrong[i] === 'fallback')
    if (kind !== 'neutral') previous = kind
    const last = runs[runs.length - 1]
    if (last && last.fallback === fallback) last.text += g
    else runs.push({ text: g, fallback })
  })
  return runs
}
