import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { precompiledMessages } from '../../../scripts/vite-plugins/precompiled-messages'

// The renderer build's message step (electron.vite.config.ts): messages compiled to vue-i18n's AST,
// read by the runtime without its compiler. Built here from a small messages file of its own.
const dir = mkdtempSync(join(tmpdir(), 'physioplan-messages-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function compiled(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  const plugin = precompiledMessages(join(dir, 'en.ts'))
  const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => Promise<string | null>
  const code = await load.call({ addWatchFile: () => undefined }, join(dir, 'en.ts'))
  return ((await import(`data:text/javascript;base64,${Buffer.from(code!).toString('base64')}`)) as { default: Record<string, unknown> }).default
}

/** vue-i18n as the app sets it up (Composition API), over the given English messages. */
const translator = (messages: Record<string, unknown>) =>
  createI18n({ legacy: false, locale: 'en', messages: { en: messages } } as never).global as unknown as { t(key: string, ...args: unknown[]): string; te(key: string): boolean }

describe('messages compiled at build time', () => {
  it('are compiled by the message compiler of the vue-i18n the page runs (the AST format is theirs to change between versions)', () => {
    const require = createRequire(import.meta.url)
    const version = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version
    expect(version('@intlify/message-compiler')).toBe(version('vue-i18n'))
  })

  it('read by vue-i18n exactly as the written messages are: plurals, named values, linked messages, literals, nested files', async () => {
    const top = { app: { name: 'PhysioPlan' }, plans: 'no plans | 1 plan | {n} plans', hello: 'Hello {name}, welcome to @:app.name', email: "Write to clinic{'@'}example.org" }
    const more = { age: '{n} years', curly: 'Client’s plan' }
    const messages = await compiled({ 'en.ts': `import more from './more'\nexport default { ...${JSON.stringify(top)}, more }`, 'more.ts': `export default ${JSON.stringify(more)}` })
    expect(JSON.stringify(messages)).not.toContain('no plans |') // compiled, not the text as written
    const written = translator({ ...top, more })
    const built = translator(messages)
    for (const [key, ...args] of [['plans', 0], ['plans', 1], ['plans', 7], ['hello', { name: 'Ana' }], ['email'], ['more.age', { n: 58 }], ['more.curly']] as [string, ...unknown[]][]) {
      expect(built.t(key, ...args), key).toBe(written.t(key, ...args))
    }
    expect(built.t('plans', 7)).toBe('7 plans')
    expect(built.t('hello', { name: 'Ana' })).toBe('Hello Ana, welcome to PhysioPlan')
    expect(built.te('more.age')).toBe(true)
  })

  it('names each message for vue-i18n\'s cache, so a message is turned into a function once, not at every t()', async () => {
    const messages = await compiled({ 'en.ts': `export default { a: 'One', group: { a: 'Two {n}', b: 'Three' } }` })
    const group = messages.group as Record<string, { cacheKey?: string }>
    const keys = [(messages.a as { cacheKey?: string }).cacheKey, group.a!.cacheKey, group.b!.cacheKey]
    // One key per message, named by its file and messages, and short (they ship in the first screen's script).
    expect(new Set(keys).size).toBe(3)
    for (const key of keys) expect(key).toMatch(/^en[0-9a-f]{6}:\w{1,3}$/)
    const built = translator(messages)
    expect([built.t('a'), built.t('group.a', { n: 2 }), built.t('group.b')]).toEqual(['One', 'Two 2', 'Three'])
  })

  it('fails the build, naming the message, when one does not compile', async () => {
    await expect(compiled({ 'en.ts': `export default { clients: { title: 'Clients', count: '{n clients' } }` })).rejects.toThrow('The message clients.count does not compile')
  })
})
