import type { Handlers } from '../dispatcher'
import type { Services } from '../services'

export function templateHandlers({ store }: Services): Pick<Handlers, 'listTemplates' | 'saveTemplate' | 'deleteTemplate'> {
  return {
    listTemplates: () => store.templates.list(),
    saveTemplate: (input) => store.templates.save(input),
    deleteTemplate: (id) => store.templates.delete(id)
  }
}
