import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { unseal } from '../../../electron/main/store/crypto/envelope'
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
      const keys = JSON.parse(unseal(ctx.keys!.get(), readFileSync(keyFile(name)), 'client-keys').toString('utf8')) as Record<string, string>
      expect(Object.keys(keys), name).not.toContain(id)
    }
  })
})
