import type { Handlers } from '../dispatcher'
import type { Services } from '../services'

type TemplateMethods = 'listTemplates' | 'saveTemplate' | 'deleteTemplate' | 'duplicateTemplate' | 'exportTemplate' | 'importTemplate'

export function templateHandlers({ store, templates }: Services): Pick<Handlers, TemplateMethods> {
  return {
    listTemplates: () => store.templates.list(),
    saveTemplate: (input) => store.templates.save(input),
    deleteTemplate: (id) => store.templates.delete(id),
    duplicateTemplate: (id) => store.templates.duplicate(id),
    exportTemplate: (id) => templates.exportTemplate(id),
    importTemplate: () => templates.importTemplate()
  }
}
