import { bodyAreas, exerciseAreas, type BodyArea, type Template } from '../domain'
import type { Library } from './create-library'

/** The area a routine is filed under: its own, else the area most of its exercises belong to first. */
export function templateArea(template: Pick<Template, 'area' | 'items'>, library: Pick<Library, 'exercises'>): BodyArea {
  if (template.area) return template.area
  const votes = new Map<BodyArea, number>()
  for (const item of template.items) {
    const exercise = library.exercises.get(item.exerciseId)
    const first = exercise ? exerciseAreas(exercise)[0] : undefined
    if (first) votes.set(first, (votes.get(first) ?? 0) + 1)
  }
  let best: BodyArea = 'back'
  for (const area of bodyAreas) if ((votes.get(area) ?? 0) > (votes.get(best) ?? 0)) best = area
  return best
}

/** Routines grouped by area, areas in the usual head-to-toe order, empty areas left out. */
export function templatesByArea<T extends Pick<Template, 'area' | 'items'>>(templates: readonly T[], library: Pick<Library, 'exercises'>): { area: BodyArea; templates: T[] }[] {
  const groups = new Map<BodyArea, T[]>()
  for (const template of templates) {
    const area = templateArea(template, library)
    groups.set(area, [...(groups.get(area) ?? []), template])
  }
  return bodyAreas.filter((area) => groups.has(area)).map((area) => ({ area, templates: groups.get(area)! }))
}
