import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { standInVault } from '../../../electron/main/store/crypto/key-vault'
import { deleteConfirmation } from '../../../shared/ipc/store-types'
import { clientInput, manualClock, openStore, planInput, storeFiles, tempDir, testVault } from './helpers'

let temp: ReturnType<typeof tempDir>
beforeEach(() => (temp = tempDir()))
afterEach(() => temp.cleanup())

const clientFile = (id: string) => join(temp.dir, 'store', 'clients', `${id}.json`)
const backupDirs = () => readdirSync(join(temp.dir, 'backups')).filter((n) => !n.startsWith('.')).map((n) => join(temp.dir, 'backups', n))

describe('encryption at rest', () => {
  it('destroys a deleted client’s key, so no backup of their record can be read any more (crypto-shredding)', async () => {
    const clock = manualClock()
    const store = openStore(temp.dir, { now: clock.now })
    const ana = await store.clients.create(clientInput({ notes: 'Knee pain since the fall' }))
    const bea = await store.clients.create(clientInput({ givenName: 'Bea' }))
    await store.plans.create(ana.id, planInput())
    await store.backups.backupNow()
    clock.nextDay()
    await store.clients.update(ana.id, { notes: 'Better this week' })
    await store.backups.backupNow()
    const copies = backupDirs().map((dir) => join(dir, 'clients', `${ana.id}.json`))
    expect(copies.length).toBeGreaterThanOrEqual(3) // two manual backups and the daily snapshots
    const files = await storeFiles(temp.dir)
    for (const copy of copies) expect(JSON.parse(files.decode(`clients/${ana.id}.json`, readFileSync(copy)).toString()).client.id).toBe(ana.id)

    await store.clients.delete(ana.id, deleteConfirmation)

    const after = await storeFiles(temp.dir)
    for (const copy of copies) expect(() => after.decode(`clients/${ana.id}.json`, readFileSync(copy))).toThrow(/deleted permanently/)
    // Restoring an old backup brings Bea back as she was, never Ana.
    const oldest = (await store.backups.list()).at(-1)!
    await store.backups.restore(oldest.id)
    const reopened = openStore(temp.dir)
    expect((await reopened.clients.list()).map((s) => s.id)).toEqual([bea.id])
    await expect(reopened.clients.get(ana.id)).rejects.toMatchObject({ code: 'not-found' })
    expect(await reopened.notices.list()).toEqual([])
  })

  it('refuses a tampered record and reports it, never returning the changed bytes as data', async () => {
    const store = openStore(temp.dir)
    const ana = await store.clients.create(clientInput({ notes: 'original note' }))
    await store.backups.backupNow()
    await store.clients.update(ana.id, { notes: 'newer note' })
    const bytes = readFileSync(clientFile(ana.id))
    bytes[bytes.length - 30]! ^= 0x01 // one bit of the ciphertext
    writeFileSync(clientFile(ana.id), bytes)

    const reopened = openStore(temp.dir)
    const record = await reopened.clients.get(ana.id)
    expect(record.client.notes).toBe('original note') // the backup, not the tampered bytes
    const [notice] = await reopened.notices.list()
    expect(notice).toMatchObject({ kind: 'restored-from-backup', message: expect.stringContaining('was damaged') })
    expect(readdirSync(join(temp.dir, 'store', 'clients')).some((n) => n.includes('.corrupt-'))).toBe(true)
  })

  it('removes the notices that name a client deleted permanently, and the damaged copy they point to', async () => {
    const store = openStore(temp.dir)
    const ana = await store.clients.create(clientInput({ givenName: 'Anastasia', familyName: 'Quirke' }))
    const bea = await store.clients.create(clientInput({ givenName: 'Bea' }))
    await store.backups.backupNow()
    for (const id of [ana.id, bea.id]) {
      const bytes = readFileSync(clientFile(id))
      bytes[bytes.length - 30]! ^= 0x01
      writeFileSync(clientFile(id), bytes)
    }
    const reopened = openStore(temp.dir)
    await reopened.clients.get(ana.id)
    await reopened.clients.get(bea.id)
    const notices = await reopened.notices.list()
    expect(notices.find((n) => n.clientId === ana.id)).toMatchObject({ message: expect.stringContaining('Quirke') })
    expect(notices.find((n) => n.clientId === bea.id)).toBeDefined()

    await reopened.clients.delete(ana.id, deleteConfirmation)
    await reopened.close()

    const later = openStore(temp.dir)
    expect((await later.notices.list()).map((n) => n.clientId)).toEqual([bea.id])
    const clientFiles = readdirSync(join(temp.dir, 'store', 'clients'))
    expect(clientFiles.filter((n) => n.startsWith(ana.id))).toEqual([])
    expect(clientFiles.some((n) => n.startsWith(`${bea.id}.corrupt-`))).toBe(true)
    const noticeFile = readFileSync(join(temp.dir, 'notices.json'))
    expect((await storeFiles(temp.dir)).decode('notices.json', noticeFile).toString()).not.toContain('Quirke')
  })

  it('refuses a record copied over another client’s file (the path is bound to the ciphertext)', async () => {
    const store = openStore(temp.dir)
    const ana = await store.clients.create(clientInput({ givenName: 'Ana' }))
    const bea = await store.clients.create(clientInput({ givenName: 'Bea' }))
    copyFileSync(clientFile(ana.id), clientFile(bea.id))
    const reopened = openStore(temp.dir)
    await expect(reopened.clients.get(bea.id)).rejects.toMatchObject({ code: 'not-found' })
    expect((await reopened.notices.list()).map((n) => n.kind)).toContain('moved-aside')
    expect((await reopened.clients.get(ana.id)).client.givenName).toBe('Ana')
  })

  it('asks for a passphrase where the computer has no secure keychain, and says clearly when it is wrong', async () => {
    const linux = standInVault('linux-basic-text')
    const store = openStore(temp.dir, { vault: linux })
    await expect(store.clients.list()).rejects.toMatchObject({ code: 'locked' })
    expect((await store.privacy.status()).state).toBe('needs-passphrase')
    await expect(store.privacy.unlock({ passphrase: 'short' })).rejects.toMatchObject({ code: 'invalid-input' })
    await store.privacy.unlock({ passphrase: 'a long enough passphrase' })
    const { id } = await store.clients.create(clientInput())
    expect(await store.privacy.takeRecoveryKey()).toMatch(/^([0-9A-Z]{4}-){11}[0-9A-Z]{4}$/)
    expect(await store.privacy.takeRecoveryKey()).toBeNull() // shown once

    const later = openStore(temp.dir, { vault: linux })
    expect(await later.privacy.status()).toMatchObject({ state: 'locked', keptBy: 'passphrase', keychainProtected: false })
    await expect(later.clients.get(id)).rejects.toMatchObject({ code: 'locked' })
    await expect(later.privacy.unlock({ passphrase: 'a long enough passphrasE' })).rejects.toMatchObject({ code: 'wrong-passphrase', message: 'That passphrase is not right. Check it and try again.' })
    await later.privacy.unlock({ passphrase: 'a long enough passphrase' })
    expect((await later.clients.get(id)).client.familyName).toBe('Silva')
    // Nothing was written in a form the basic_text "keychain" could open.
    expect(JSON.parse(readFileSync(join(temp.dir, 'keys', 'practice-key.json'), 'utf8')).keychain).toBeNull()
  })

  it('gives the recovery key on a first start to a page that asks for it at the same time as the status, before anything opened the store', async () => {
    const store = openStore(temp.dir)
    const [status, recoveryKey] = await Promise.all([store.privacy.status(), store.privacy.takeRecoveryKey()])
    expect(status.state).toBe('unlocked')
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){11}[0-9A-Z]{4}$/)
    expect(await store.privacy.takeRecoveryKey()).toBeNull() // shown once
  })

  it('gives no recovery key while the records are locked, and keeps it for after the unlock', async () => {
    const store = openStore(temp.dir, { vault: standInVault('linux-basic-text') })
    expect(await store.privacy.takeRecoveryKey()).toBeNull()
    await store.privacy.unlock({ passphrase: 'a long enough passphrase' })
    expect(await store.privacy.takeRecoveryKey()).toMatch(/^([0-9A-Z]{4}-){11}[0-9A-Z]{4}$/)
  })

  it('opens the records on a new computer (keychain lost) with the recovery key, then keeps the key in that keychain', async () => {
    const store = openStore(temp.dir, { vault: standInVault('windows-dpapi', 'old laptop') })
    const { id } = await store.clients.create(clientInput({ notes: 'moved with us' }))
    const recoveryKey = (await store.privacy.takeRecoveryKey())!
    expect(recoveryKey).not.toBeNull()

    const newComputer = standInVault('windows-dpapi', 'new laptop')
    const moved = openStore(temp.dir, { vault: newComputer })
    await expect(moved.clients.list()).rejects.toMatchObject({ code: 'locked' })
    await expect(moved.privacy.unlock({ recoveryKey: 'AAAA-BBBB' })).rejects.toMatchObject({ code: 'wrong-passphrase' })
    await moved.privacy.unlock({ recoveryKey: recoveryKey.toLowerCase().replace(/-/g, ' ') })
    expect((await moved.clients.get(id)).client.notes).toBe('moved with us')

    const nextStart = openStore(temp.dir, { vault: newComputer })
    expect((await nextStart.clients.get(id)).client.notes).toBe('moved with us')
    expect((await nextStart.privacy.status()).keptBy).toBe('keychain')
  })

  it('lets the clinician set a passphrase and make a new recovery key; the old recovery key stops working', async () => {
    const store = openStore(temp.dir)
    await store.clients.create(clientInput())
    const first = (await store.privacy.takeRecoveryKey())!
    await store.privacy.setPassphrase('our practice passphrase')
    const second = await store.privacy.newRecoveryKey()
    expect(second).not.toBe(first)

    const elsewhere = () => openStore(temp.dir, { vault: standInVault('macos-keychain', 'another mac') })
    await expect(elsewhere().privacy.unlock({ recoveryKey: first })).rejects.toMatchObject({ code: 'wrong-passphrase' })
    await elsewhere().privacy.unlock({ recoveryKey: second })
    await elsewhere().privacy.unlock({ passphrase: 'our practice passphrase' })
    // The key now lives in the keychain of the computer that opened it last.
    expect(await elsewhere().clients.list()).toHaveLength(1)
    await expect(openStore(temp.dir, { vault: testVault }).clients.list()).rejects.toMatchObject({ code: 'locked' })
  })
})
