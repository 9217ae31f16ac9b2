import { randomUUID } from 'node:crypto'
import { templateSchema, type Template } from '../../../shared/domain/template'
import type { SharedTemplate } from '../../../shared/domain/template-file'
import { AppError } from '../../../shared/ipc/result'
import { templateInputSchema, type TemplateInput } from '../../../shared/ipc/store-types'
import type { StoreContext } from './context'
import { notFound } from './documents'
import type { TemplatesDocument } from './kinds'
import { relPath } from './layout'

/** Names compare as a clinician reads them: case, accents and extra spaces do not make a new name. */
export const nameKey = (title: string) => title.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en-GB')

export function nameTaken(title: string): AppError {
  return new AppError('conflict', `A template called "${title.trim()}" already exists. Choose another name.`, [
    { path: 'title', message: 'A template with this name already exists. Choose another name.' }
  ])
}

/** The clinician's own templates, listed after the built-in ones (which cannot be changed here). */
export class TemplatesRepo {
  constructor(private readonly ctx: StoreContext) {}

  async list(): Promise<Template[]> {
    return [...this.ctx.builtInTemplates, ...(await this.own())]
  }

  async own(): Promise<Template[]> {
    return (await this.ctx.docs.load(this.ctx.kinds.templates, relPath.templates))?.templates ?? []
  }

  async save(input: TemplateInput): Promise<Template> {
    const { id, ...fields } = templateInputSchema.parse(input)
    if (id && this.isBuiltIn(id)) {
      throw new AppError('conflict', 'Built-in templates cannot be changed; duplicate it and change the copy instead.')
    }
    const template = templateSchema.parse({ ...fields, id: id ?? randomUUID(), schemaVersion: 1, builtIn: false })
    await this.change((templates) => {
      if (id && !templates.some((t) => t.id === id)) throw notFound('this template')
      if (this.usedNames(templates, template.id).has(nameKey(template.title))) throw nameTaken(template.title)
      return [...templates.filter((t) => t.id !== template.id), template]
    })
    return template
  }

  /** A copy the clinician owns (of a built-in or an own template), under the first free "… (copy)" name. */
  async duplicate(id: string): Promise<Template> {
    const source = (await this.list()).find((t) => t.id === id)
    if (!source) throw notFound('this template')
    const { id: _id, builtIn: _builtIn, ...shared } = source
    return this.add(shared, (n) => `${source.title} (copy${n > 1 ? ` ${n}` : ''})`)
  }

  /** A template from a file: added under its own name, or "… (imported)" when that name is taken. */
  adopt(shared: SharedTemplate): Promise<Template> {
    return this.add(shared, (n) => (n === 1 ? shared.title : `${shared.title} (imported${n > 2 ? ` ${n - 1}` : ''})`))
  }

  async delete(id: string): Promise<void> {
    if (this.isBuiltIn(id)) throw new AppError('conflict', 'Built-in templates cannot be deleted.')
    await this.change((templates) => {
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

  /** nameFor(1) is the first name tried, nameFor(2) the next, and so on. */
  private async add(shared: SharedTemplate, nameFor: (attempt: number) => string): Promise<Template> {
    let added: Template | undefined
    await this.change((templates) => {
      const used = this.usedNames(templates)
      const candidate = (n: number) => nameFor(n).slice(0, 120)
      let attempt = 1
      while (used.has(nameKey(candidate(attempt)))) attempt += 1
      added = templateSchema.parse({ ...shared, title: candidate(attempt), id: randomUUID(), schemaVersion: 1, builtIn: false })
      return [...templates, added]
    })
    return added!
  }

  private usedNames(own: readonly Template[], except?: string): Set<string> {
    return new Set([...this.ctx.builtInTemplates, ...own].filter((t) => t.id !== except).map((t) => nameKey(t.title)))
  }

  private isBuiltIn(id: string): boolean {
    return this.ctx.builtInTemplates.some((t) => t.id === id)
  }
}
