import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { clientKeyLength, keyOffsets } from '../../../electron/main/store/crypto/client-key-records'
import { ClientKeyring } from '../../../electron/main/store/crypto/client-keyring'
import { seal, unseal } from '../../../electron/main/store/crypto/envelope'
import { nodeFs } from '../../../electron/main/store/fs-port'
import { deleteConfirmation } from '../../../shared/ipc/store-types'
import { clientInput, openStore, storeFiles, tempDir } from './helpers'

let temp: ReturnType<typeof tempDir>
beforeEach(() => (temp = tempDir()))
afterEach(() => temp.cleanup())

const keyFile = (name: string) => join(temp.dir, 'keys', name)
const flipByte = (path: string) => {
  const bytes = readFileSync(path)
  bytes[Math.floor(bytes.length / 2)]! ^= 0x20
  writeFileSync(path, bytes)
}

async function practiceWithOneClient() {
  const store = openStore(temp.dir)
  const client = await store.clients.create(clientInput({ notes: 'keeps walking daily' }))
  await store.close()
  return client
}

describe('the key files every record depends on', () => {
  it('opens the records from the second copy when the practice key file is damaged, and repairs it', async () => {
    const { id } = await practiceWithOneClient()
    writeFileSync(keyFile('practice-key.json'), '{"schemaVersion":1,"keych')

    const reopened = openStore(temp.dir)
    expect((await reopened.clients.get(id)).client.notes).toBe('keeps walking daily')
    expect(readFileSync(keyFile('practice-key.json'))).toEqual(readFileSync(keyFile('practice-key.json.mirror')))
  })

  it('opens the records from the second copy when the client keys file is damaged', async () => {
    const { id } = await practiceWithOneClient()
    flipByte(keyFile('client-keys'))

    const reopened = openStore(temp.dir)
    expect((await reopened.clients.get(id)).client.notes).toBe('keeps walking daily')
    expect(readFileSync(keyFile('client-keys'))).toEqual(readFileSync(keyFile('client-keys.mirror')))
  })

  it('says plainly, and changes nothing, when both copies of the client keys are damaged', async () => {
    const { id } = await practiceWithOneClient()
    flipByte(keyFile('client-keys'))
    flipByte(keyFile('client-keys.mirror'))
    const damaged = readFileSync(keyFile('client-keys'))

    const reopened = openStore(temp.dir)
    await expect(reopened.clients.get(id)).rejects.toMatchObject({ code: 'corrupt-data', message: expect.stringContaining('Both copies') })
    expect(readFileSync(keyFile('client-keys'))).toEqual(damaged)
  })

  it('gives a store from before the second copy its second copy when it opens', async () => {
    const { id } = await practiceWithOneClient()
    rmSync(keyFile('client-keys.mirror'))
    rmSync(keyFile('practice-key.json.mirror'))

    const reopened = openStore(temp.dir)
    expect((await reopened.clients.get(id)).client.id).toBe(id)
    expect(existsSync(keyFile('client-keys.mirror'))).toBe(true)
    expect(existsSync(keyFile('practice-key.json.mirror'))).toBe(true)
  })

  it('removes a deleted client’s key from both copies', async () => {
    const { id } = await practiceWithOneClient()
    const store = openStore(temp.dir)
    await store.clients.delete(id, deleteConfirmation)
    await store.close()

    const { ctx } = await storeFiles(temp.dir)
    for (const name of ['client-keys', 'client-keys.mirror']) {
      const offsets = keyOffsets(unseal(ctx.keys!.get(), readFileSync(keyFile(name)), 'client-keys'))
      expect([...offsets.keys()], name).not.toContain(id)
    }
  })
})

describe('the format of the client keys file', () => {
  /** The client keys as the first encrypted PhysioPlan kept them: a JSON object of id → base64 key. */
  async function keepAsVersion1(names: string[]): Promise<Buffer> {
    const { ctx } = await storeFiles(temp.dir)
    const practiceKey = ctx.keys!.get()
    const bytes = unseal(practiceKey, readFileSync(keyFile('client-keys')), 'client-keys')
    const offsets = keyOffsets(bytes)
    const json = Object.fromEntries([...offsets].map(([id, at]) => [id, bytes.subarray(at, at + clientKeyLength).toString('base64')]))
    for (const name of names) writeFileSync(keyFile(name), seal(practiceKey, Buffer.from(JSON.stringify(json)), 'client-keys'))
    return practiceKey
  }
  const versionOf = (name: string, practiceKey: Buffer) => unseal(practiceKey, readFileSync(keyFile(name)), 'client-keys')[0]

  // Both copies in the old format; or the upgrade stopped between the two copies (the first rewritten, then the power went).
  it.each([
    ['opens client keys kept as JSON by an earlier version, and rewrites both copies in the compact format', ['client-keys', 'client-keys.mirror']],
    ['opens a practice whose upgrade of the client keys stopped between the two copies, and finishes it', ['client-keys.mirror']]
  ])('%s', async (_, oldCopies) => {
    const { id } = await practiceWithOneClient()
    const practiceKey = await keepAsVersion1(oldCopies)
    expect(versionOf(oldCopies[0]!, practiceKey)).toBe('{'.charCodeAt(0))

    const reopened = openStore(temp.dir)
    expect((await reopened.clients.get(id)).client.notes).toBe('keeps walking daily')
    await reopened.close()
    for (const name of ['client-keys', 'client-keys.mirror']) expect(versionOf(name, practiceKey), name).toBe(2)
    expect(readFileSync(keyFile('client-keys'))).toEqual(readFileSync(keyFile('client-keys.mirror')))
  })

  it('refuses client keys written by a newer version, says to update, and changes nothing', async () => {
    const { id } = await practiceWithOneClient()
    const { ctx } = await storeFiles(temp.dir)
    const newer = seal(ctx.keys!.get(), Buffer.from([3, 0]), 'client-keys')
    for (const name of ['client-keys', 'client-keys.mirror']) writeFileSync(keyFile(name), newer)

    const reopened = openStore(temp.dir)
    await expect(reopened.clients.get(id)).rejects.toMatchObject({ code: 'newer-version', message: expect.stringContaining('update PhysioPlan') })
    expect(readFileSync(keyFile('client-keys'))).toEqual(newer)
  })
})

describe('keys made for many clients at once (an import)', () => {
  it('gives each new client a key of its own, kept across a restart, and leaves existing keys as they were', async () => {
    const keysDir = join(temp.dir, 'keys')
    mkdirSync(keysDir)
    const practiceKey = Buffer.alloc(32, 7)
    const keyring = new ClientKeyring(nodeFs, keysDir, () => practiceKey)
    await keyring.load()
    const first = Buffer.from((await keyring.ensure('ana'))!)
    await keyring.ensureAll(['ana', 'bea', 'cai', 'bea'])
    const keys = ['ana', 'bea', 'cai'].map((id) => Buffer.from(keyring.get(id)!))
    expect(keys[0]).toEqual(first)
    expect(new Set(keys.map((k) => k.toString('hex'))).size).toBe(3)
    for (const key of keys) expect(key.length).toBe(clientKeyLength)

    await keyring.destroy('bea')
    const reopened = new ClientKeyring(nodeFs, keysDir, () => practiceKey)
    await reopened.load()
    expect(reopened.get('bea')).toBeUndefined()
    expect(Buffer.from(reopened.get('ana')!)).toEqual(keys[0])
    expect(Buffer.from(reopened.get('cai')!)).toEqual(keys[2])
  })
})
