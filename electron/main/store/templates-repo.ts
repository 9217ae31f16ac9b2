import { randomUUID } from 'node:crypto'
import { templateSchema, type Template } from '../../../shared/domain/template'
import { AppError } from '../../../shared/ipc/result'
import { templateInputSchema, type TemplateInput } from '../../../shared/ipc/store-types'
import type { StoreContext } from './context'
import { notFound } from './documents'
import type { TemplatesDocument } from './kinds'
import { relPath } from './layout'

/** The clinician's own templates, listed after the built-in ones (which cannot be changed here). */
export class TemplatesRepo {
  constructor(private readonly ctx: StoreContext) {}

  async list(): Promise<Template[]> {
    return [...this.ctx.builtInTemplates, ...(await this.own())]
  }

  async own(): Promise<Template[]> {
    return (await this.ctx.docs.load(this.ctx.kinds.templates, relPath.templates))?.templates ?? []
  }

  save(input: TemplateInput): Promise<Template> {
    const { id, ...fields } = templateInputSchema.parse(input)
    if (id && this.ctx.builtInTemplates.some((t) => t.id === id)) {
      throw new AppError('conflict', 'Built-in templates cannot be changed; save a copy under a new name instead.')
    }
    const template = templateSchema.parse({ ...fields, id: id ?? randomUUID(), schemaVersion: 1, builtIn: false })
    return this.change((templates) => [...templates.filter((t) => t.id !== template.id), template]).then(() => template)
  }

  delete(id: string): Promise<void> {
    if (this.ctx.builtInTemplates.some((t) => t.id === id)) throw new AppError('conflict', 'Built-in templates cannot be deleted.')
    return this.change((templates) => {
      if (!templates.some((t) => t.id === id)) throw notFound('this template')
      return templates.filter((t) => t.id !== id)
    })
  }

  change(edit: (templates: Template[]) => Template[]): Promise<void> {
    return this.ctx.write(() =>
      this.ctx.queue.run('templates', async () => {
        const doc: TemplatesDocument = { schemaVersion: 1, templates: edit(await this.own()) }
        await this.ctx.docs.save(this.ctx.kinds.templates, relPath.templates, doc)
      })
    )
  }
}
