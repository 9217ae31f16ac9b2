import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Template } from '../../../shared/domain/template'
import type { TemplateInput } from '../../../shared/ipc/store-types'
import { library } from '../../../shared/library'
import { mainPerTest, value } from '../main-per-test'

/** Template rules driven through the real dispatcher and handlers, against a real store and real files. */
const main = mainPerTest('physioplan-templates-')
const call = (method: string, ...args: unknown[]) => main.call(method, ...args)
const builtIn = library.templates[0]!
const input = (title: string, extra: Partial<TemplateInput> = {}): TemplateInput => ({
  title, description: 'For mornings.', goals: [], tags: ['back'], items: [{ exerciseId: 'cat-cow', dosage: builtIn.items[0]!.dosage, patientNote: '' }], ...extra
})
const files = () => readdirSync(join(main.dir, 'data'), { recursive: true }).map(String).sort()
const own = async () => value<Template[]>(await call('listTemplates')).filter((t) => !t.builtIn)

describe('unique names', () => {
  it('refuses a second template with the same name (case and spaces aside), with a message on the title field', async () => {
    value(await call('saveTemplate', input('Morning back')))
    const again = await call('saveTemplate', input('  morning   BACK '))
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ path: 'title' }] } })
    expect(await own()).toHaveLength(1)
  })

  it('refuses the name of a built-in template', async () => {
    expect(await call('saveTemplate', input(builtIn.title))).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('lets a template be saved again under its own name, and renamed with its tags', async () => {
    const saved = value<Template>(await call('saveTemplate', input('Morning back')))
    const renamed = value<Template>(await call('saveTemplate', { ...input('Evening back', { tags: ['evening'] }), id: saved.id }))
    expect(renamed).toMatchObject({ id: saved.id, title: 'Evening back', tags: ['evening'] })
    expect((await own()).map((t) => t.title)).toEqual(['Evening back'])
  })
})

describe('built-in templates are read-only but can be duplicated', () => {
  it('refuses to change or delete a built-in template', async () => {
    expect(await call('saveTemplate', { ...input('Mine'), id: builtIn.id })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await call('deleteTemplate', builtIn.id)).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('duplicates a built-in as an own template under a free "(copy)" name', async () => {
    const first = value<Template>(await call('duplicateTemplate', builtIn.id))
    const second = value<Template>(await call('duplicateTemplate', builtIn.id))
    expect(first).toMatchObject({ builtIn: false, title: `${builtIn.title} (copy)`, items: builtIn.items })
    expect(second.title).toBe(`${builtIn.title} (copy 2)`)
    expect(first.id).not.toBe(builtIn.id)
    expect(await own()).toHaveLength(2)
  })

  it('deletes an own template', async () => {
    const saved = value<Template>(await call('saveTemplate', input('Morning back')))
    value(await call('deleteTemplate', saved.id))
    expect(await own()).toEqual([])
  })
})

describe('export and import', () => {
  it('exports a template to the chosen file and imports it back with its tags after it was deleted', async () => {
    const saved = value<Template>(await call('saveTemplate', input('Morning back', { tags: ['back', 'mornings'] })))
    const { filePath } = value<{ filePath: string }>(await call('exportTemplate', saved.id))
    expect(JSON.parse(readFileSync(filePath, 'utf8'))).toMatchObject({ format: 'physioplan-template', formatVersion: 1 })
    value(await call('deleteTemplate', saved.id))
    main.openPath = filePath
    const imported = value<Template>(await call('importTemplate'))
    expect(imported).toMatchObject({ title: 'Morning back', tags: ['back', 'mornings'], builtIn: false, items: saved.items })
  })

  it('imports under "(imported)" when the name is already taken', async () => {
    const saved = value<Template>(await call('saveTemplate', input('Morning back')))
    main.openPath = value<{ filePath: string }>(await call('exportTemplate', saved.id)).filePath
    expect(value<Template>(await call('importTemplate')).title).toBe('Morning back (imported)')
  })

  const refused: [string, string, string][] = [
    ['a foreign file', '{"clients":[]}', 'not a PhysioPlan template'],
    ['a file that is not JSON', 'PK\u0003\u0004 zip bytes', 'not a PhysioPlan template'],
    ['a broken template', JSON.stringify({ format: 'physioplan-template', formatVersion: 1, template: { title: '', items: [] } }), 'damaged'],
    ['a newer file', JSON.stringify({ format: 'physioplan-template', formatVersion: 2, template: {} }), 'newer version'],
    ['a template with an unknown exercise', JSON.stringify({ format: 'physioplan-template', formatVersion: 1, template: { ...input('X'), schemaVersion: 1, items: [{ ...input('X').items[0], exerciseId: 'moon-walk' }] } }), 'moon-walk']
  ]
  for (const [what, text, message] of refused) {
    it(`refuses ${what} with a clear message and writes nothing`, async () => {
      main.openPath = join(main.dir, 'incoming.physioplan-template')
      writeFileSync(main.openPath, text)
      await own() // the store is open: only the import itself could write now
      const before = files()
      const result = await call('importTemplate')
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.message).toContain(message)
      expect(await own()).toEqual([])
      expect(files()).toEqual(before)
    })
  }

  it('does nothing when the dialog is cancelled', async () => {
    expect(value(await call('importTemplate'))).toBeNull()
  })
})
