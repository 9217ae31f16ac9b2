import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { decode, type DocumentKind } from '../../../electron/main/store/document-kind'
import { Documents } from '../../../electron/main/store/documents'
import { nodeFs } from '../../../electron/main/store/fs-port'
import { KeyedQueue } from '../../../electron/main/store/keyed-queue'
import { StoreNotices } from '../../../electron/main/store/notices'
import { clientDocumentVersion } from '../../../electron/main/store/kinds'
import { clientInput, openStore, planInput, storeFiles, tempDir } from './helpers'

let temp: ReturnType<typeof tempDir>
beforeEach(() => (temp = tempDir()))
afterEach(() => temp.cleanup())

/** A document that went through two upgrades: v1 {name} → v2 {first,last} → v3 {first,last,tags}. */
const noteKind: DocumentKind<{ schemaVersion: 3; first: string; last: string; tags: string[] }> = {
  version: 3,
  schema: z.object({ schemaVersion: z.literal(3), first: z.string(), last: z.string(), tags: z.array(z.string()) }),
  migrations: {
    1: ({ name, ...rest }) => {
      const [first = '', ...last] = String(name).split(' ')
      return { ...rest, first, last: last.join(' ') }
    },
    2: (doc) => ({ ...doc, tags: [] })
  },
  describe: () => 'the test note'
}

const documents = (liveDir: string) => {
  const notices = new StoreNotices(() => new Date())
  const noBackups = { async *copiesOf() {} }
  return { docs: new Documents(nodeFs, liveDir, new KeyedQueue(), noBackups, notices, () => new Date()), notices }
}

describe('migrations', () => {
  it('upgrades a document through every version on read', () => {
    expect(decode(noteKind, { schemaVersion: 1, name: 'Ana Maria Silva' })).toEqual({
      status: 'ok',
      migrated: true,
      value: { schemaVersion: 3, first: 'Ana', last: 'Maria Silva', tags: [] }
    })
    expect(decode(noteKind, { schemaVersion: 2, first: 'A', last: 'B' })).toMatchObject({ status: 'ok', value: { tags: [] } })
  })

  it('reads an old document from disk as the current version and writes the current version back', async () => {
    writeFileSync(join(temp.dir, 'note.json'), JSON.stringify({ schemaVersion: 1, name: 'Zoë Ó' }))
    const { docs } = documents(temp.dir)
    const note = await docs.load(noteKind, 'note.json')
    expect(note).toEqual({ schemaVersion: 3, first: 'Zoë', last: 'Ó', tags: [] })
    await docs.save(noteKind, 'note.json', { ...note!, tags: ['x'] })
    expect(JSON.parse(readFileSync(join(temp.dir, 'note.json'), 'utf8')).schemaVersion).toBe(3)
  })

  it('refuses a document from a newer version and leaves it byte for byte unchanged', async () => {
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 4, first: 'A', future: true }))
    writeFileSync(join(temp.dir, 'note.json'), bytes)
    const { docs, notices } = documents(temp.dir)
    await expect(docs.load(noteKind, 'note.json')).rejects.toMatchObject({ code: 'newer-version', message: expect.stringContaining('newer version of PhysioPlan') })
    expect(readFileSync(join(temp.dir, 'note.json'))).toEqual(bytes)
    expect(notices.list()).toEqual([])
  })

  it('refuses to read or change a client saved by a newer version, and never rewrites it', async () => {
    const store = openStore(temp.dir)
    const { id } = await store.clients.create(clientInput())
    const file = join(temp.dir, 'store', 'clients', `${id}.json`)
    const files = await storeFiles(temp.dir)
    const rel = `clients/${id}.json`
    await files.write(rel, { ...(files.read(rel) as object), schemaVersion: clientDocumentVersion + 1, somethingNew: [1, 2] })
    const before = readFileSync(file)

    const reopened = openStore(temp.dir)
    await expect(reopened.clients.get(id)).rejects.toMatchObject({ code: 'newer-version' })
    await expect(reopened.plans.create(id, planInput())).rejects.toMatchObject({ code: 'newer-version' })
    await expect(reopened.clients.update(id, { notes: 'x' })).rejects.toMatchObject({ code: 'newer-version' })
    expect(readFileSync(file)).toEqual(before)
    expect(await reopened.notices.list()).toEqual([])
  })
})
