import { defineStore } from 'pinia'
import { computed, reactive, ref } from 'vue'
import { planFromTemplate } from '../../../../shared/domain/plan-from-template'
import type { Template } from '../../../../shared/domain/template'
import type { ApiResult } from '../../../../shared/ipc/result'
import { planInputOf, type TemplateInput } from '../../../../shared/ipc/store-types'
import { library } from '../../../../shared/library'
import { api, plain } from '../../api'
import { matchesTemplate } from './template-search'

/** Built-in and the clinician's own templates; the built-in ones show before the store answers. */
export const useTemplatesStore = defineStore('templates', () => {
  const templates = ref<readonly Template[]>(library.templates)
  const query = reactive({ text: '', tags: [] as string[] })
  const shown = computed(() => templates.value.filter((template) => matchesTemplate(template, query)))
  const tags = computed(() => [...new Set(templates.value.flatMap((t) => t.tags ?? []))].sort((a, b) => a.localeCompare(b, 'en-GB')))

  async function load() {
    const result = await api().listTemplates()
    if (result.ok) templates.value = result.value
    return result
  }

  async function afterChange<T>(call: Promise<ApiResult<T>>): Promise<ApiResult<T>> {
    const result = await call
    if (result.ok) await load()
    return result
  }

  /** A new draft plan for the client, from the template: main checks it against the client as stored. */
  function startPlan(template: Template, clientId: string) {
    return api().createPlan(clientId, plain({ ...planInputOf(planFromTemplate(template, new Date())), status: 'draft' as const, phase: 1 }))
  }

  return {
    templates,
    query,
    shown,
    tags,
    load,
    byId: (id: string) => templates.value.find((template) => template.id === id),
    save: (input: TemplateInput) => afterChange(api().saveTemplate(plain(input))),
    remove: (id: string) => afterChange(api().deleteTemplate(id)),
    duplicate: (id: string) => afterChange(api().duplicateTemplate(id)),
    exportToFile: (id: string) => api().exportTemplate(id),
    importFromFile: () => afterChange(api().importTemplate()),
    clearQuery: () => Object.assign(query, { text: '', tags: [] }),
    startPlan,
    client: (id: string) => api().getClient(id)
  }
})
