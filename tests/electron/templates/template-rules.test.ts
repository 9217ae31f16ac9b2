import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Template } from '../../../shared/domain/template'
import type { ApiResult } from '../../../shared/ipc/result'
import type { TemplateInput } from '../../../shared/ipc/store-types'
import { library } from '../../../shared/library'
import { createDispatcher } from '../../../electron/main/dispatcher'
import { createHandlers } from '../../../electron/main/handlers'
import { createServices } from '../../../electron/main/services'
import type { Desktop } from '../../../electron/main/desktop'
import { testVault } from '../store/helpers'

/** Template rules driven through the real dispatcher and handlers, against a real store and real files. */
let dir: string
let openPath: string | null
let call: (method: string, ...args: unknown[]) => Promise<ApiResult<unknown>>
const desktopIn = (home: string): Desktop => ({
  chooseSavePath: async ({ defaultName }) => join(home, defaultName),
  chooseOpenPath: async () => openPath,
  openPath: async () => undefined,
  printPdf: async () => undefined,
  showError: async () => undefined
})

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'physioplan-templates-'))
  openPath = null
  const services = createServices({ dataDir: join(dir, 'data'), appName: 'PhysioPlan', appVersion: '1', builtInTemplates: [...library.templates], vault: testVault }, desktopIn(dir))
  const dispatch = createDispatcher(createHandlers(services), { error: () => undefined })
  call = (method, ...args) => dispatch(method, args, true)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const value = <T>(result: ApiResult<unknown>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}
const builtIn = library.templates[0]!
const input = (title: string, extra: Partial<TemplateInput> = {}): TemplateInput => ({
  title, description: 'For mornings.', goals: [], tags: ['back'], items: [{ exerciseId: 'cat-cow', dosage: builtIn.items[0]!.dosage, patientNote: '' }], ...extra
})
const files = () => readdirSync(join(dir, 'data'), { recursive: true }).map(String).sort()
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
    openPath = filePath
    const imported = value<Template>(await call('importTemplate'))
    expect(imported).toMatchObject({ title: 'Morning back', tags: ['back', 'mornings'], builtIn: false, items: saved.items })
  })

  it('imports under "(imported)" when the name is already taken', async () => {
    const saved = value<Template>(await call('saveTemplate', input('Morning back')))
    openPath = value<{ filePath: string }>(await call('exportTemplate', saved.id)).filePath
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
      openPath = join(dir, 'incoming.physioplan-template')
      writeFileSync(openPath, text)
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
