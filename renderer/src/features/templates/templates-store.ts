import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Template } from '../../../../shared/domain/template'
import type { ApiResult } from '../../../../shared/ipc/result'
import type { TemplateInput } from '../../../../shared/ipc/store-types'
import { library } from '../../../../shared/library'
import { api, plain } from '../../api'

/** Built-in and the clinician's own templates; the built-in ones show before the store answers. */
export const useTemplatesStore = defineStore('templates', () => {
  const templates = ref<readonly Template[]>(library.templates)

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

  return {
    templates,
    load,
    byId: (id: string) => templates.value.find((template) => template.id === id),
    save: (input: TemplateInput) => afterChange(api().saveTemplate(plain(input))),
    remove: (id: string) => afterChange(api().deleteTemplate(id))
  }
})
