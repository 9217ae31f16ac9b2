import type { Template } from '../../../../shared/domain/template'
import { foldText } from '../library/filter'

export interface TemplateQuery {
  text: string
  /** Every chosen tag must be on the template. */
  tags: readonly string[]
}

/** Title, description, tags and goals, searched the forgiving way the library is (case, accents, apostrophes). */
export function matchesTemplate(template: Template, query: TemplateQuery): boolean {
  const own = template.tags ?? []
  if (!query.tags.every((tag) => own.includes(tag))) return false
  const words = foldText(query.text).split(/[\s,]+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = foldText([template.title, template.description, ...own, ...template.goals].join(' '))
  return words.every((word) => haystack.includes(word))
}

/** Tags as typed, comma separated: trimmed, lower case, each once. */
export const tagsOf = (typed: string): string[] =>
  [...new Set(typed.split(',').map((tag) => tag.trim().toLocaleLowerCase('en-GB')).filter(Boolean))]
