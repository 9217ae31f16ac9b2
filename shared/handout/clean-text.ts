import { cleanText } from './glyphs'
import type { HandoutWarning } from './types'
import { removalReason, rightToLeftScripts, type RemovalReason } from './unsupported'

/** Cleans one piece of text for printing; anything removed becomes a warning naming the field. */
export type Clean = (value: string, field: string) => string

function list(items: string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

function why(reason: RemovalReason, removed: string[]): string {
  const them = removed.length === 1 ? 'it' : 'them'
  switch (reason) {
    case 'right-to-left': {
      const scripts = rightToLeftScripts(removed.join(''))
      const written = scripts.length === 0 ? 'this script is' : `${list(scripts)} ${scripts.length === 1 ? 'is' : 'are'}`
      return `${written} written right to left, which the handout does not support yet.`
    }
    case 'cjk':
      return 'Chinese, Japanese and Korean characters are not supported on the handout yet.'
    case 'emoji':
      return 'the handout cannot print emoji.'
    case 'no-glyph':
      return `the handout fonts cannot print ${them}.`
  }
}

/**
 * The cleaner for one handout. `onFallback` is called when a kept text needs the fallback
 * font, so the document is split into font runs only when it has to be.
 */
export function textCleaner(warnings: HandoutWarning[], onFallback: () => void = () => {}): Clean {
  return (value, field) => {
    const { text, removed, fallback } = cleanText(value)
    if (fallback) onFallback()
    if (removed.length === 0) return text
    const byReason = new Map<RemovalReason, string[]>()
    for (const grapheme of removed) {
      const reason = removalReason(grapheme)
      byReason.set(reason, [...(byReason.get(reason) ?? []), grapheme])
    }
    for (const [reason, characters] of byReason) {
      warnings.push({
        code: 'characters-removed',
        field,
        characters,
        message: `Removed ${list(characters)} from the ${field}: ${why(reason, characters)}`
      })
    }
    return text
  }
}
