import { library } from '../../shared/library'
import type { Command } from '../command'
import { parseOptions } from '../options'

const options = { json: { type: 'boolean', description: 'Print JSON instead of a list' } } as const
const usage = 'npm run cli -- library [--json]'

export const libraryCommand: Command = {
  name: 'library',
  summary: 'List the exercise library: ids, names, regions and variations',
  usage,
  options,
  run(args) {
    const { json } = parseOptions(args, options, usage)
    const exercises = library.exerciseList.map((e) => ({
      id: e.id,
      name: e.name,
      otherNames: e.otherNames,
      kind: e.kind,
      level: e.level,
      startingPosition: e.startingPosition,
      regions: e.regions,
      variations: e.variations.map((v) => ({ exerciseId: v.exerciseId, kind: v.kind }))
    }))
    if (json) {
      return {
        exercises,
        conditions: [...library.conditions.values()].map((c) => ({ id: c.id, name: c.name })),
        templates: library.templates.map((t) => ({ id: t.id, title: t.title, exerciseIds: t.items.map((i) => i.exerciseId) }))
      }
    }
    return exercises.map((e) => `${e.id.padEnd(28)} ${e.name} (${e.regions.join(', ')})`).join('\n')
  }
}
