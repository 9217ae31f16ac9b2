import { cleanText } from './glyphs'
import type { HandoutWarning } from './types'

/** Cleans one piece of text for printing; anything removed becomes a warning naming the field. */
export type Clean = (value: string, field: string) => string

function list(items: string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

export function textCleaner(warnings: HandoutWarning[]): Clean {
  return (value, field) => {
    const { text, removed } = cleanText(value)
    if (removed.length > 0) {
      const them = removed.length === 1 ? 'it' : 'them'
      warnings.push({
        code: 'characters-removed',
        field,
        characters: removed,
        message: `Removed ${list(removed)} from the ${field}: the handout font cannot print ${them}.`
      })
    }
    return text
  }
}
