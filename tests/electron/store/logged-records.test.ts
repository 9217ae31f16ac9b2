import { spawn } from 'node:child_process'
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { FolderLock, LOCK_FILE } from '../../../electron/main/store/folder-lock'
import { nodeFs } from '../../../electron/main/store/fs-port'
import { relPath } from '../../../electron/main/store/layout'
import { clientInput, onAcks, openStore, planInput, readOnlyFs, tempDir } from './helpers'

let temp: ReturnType<typeof tempDir>
beforeEach(() => (temp = tempDir()))
afterEach(() => temp.cleanup())

/** The folder as a power cut could leave it: the store's files as written so far, then `lose` applied to what was never fsynced. */
function powerCut(from: string, lose: (to: string) => void): string {
  const to = join(temp.dir, `after-cut-${Math.random().toString(36).slice(2)}`)
  cpSync(from, to, { recursive: true })
  rmSync(join(to, LOCK_FILE), { force: true })
  lose(to)
  return to
}

const recordFile = (dataDir: string, id: string) => join(dataDir, 'store', relPath.client(id))

// A client's save is acknowledged once its sealed bytes are on the disk in the pending log; the
// record file is renamed into place without an fsync of its own, so a power cut before the log
// lets go of the line may cost the file those writes. The next open puts the record back.
describe('a save whose record file lost its writes', () => {
  const losses: Record<string, (file: string, before: Buffer) => void> = {
    'the file is missing (a new client whose name never reached the disk)': (file) => rmSync(file),
    'the file is empty (the name reached the disk, the bytes did not)': (file) => writeFileSync(file, ''),
    'the file is cut short': (file) => writeFileSync(file, readFileSync(file).subarray(0, 100)),
    'the file holds the version before the save (the rename never reached the disk)': (file, before) => writeFileSync(file, before)
  }
  for (const [loss, lose] of Object.entries(losses)) {
    it(`is put back from the pending log at the next open when ${loss}`, async () => {
      const dataDir = join(temp.dir, 'practice')
      const store = openStore(dataDir)
      const ana = await store.clients.create(clientInput({ givenName: 'Ana' }))
      const plan = await store.plans.create(ana.id, planInput('First'))
      const before = readFileSync(recordFile(dataDir, ana.id))
      await store.plans.save(ana.id, plan.id, { ...planInput('Changed'), status: 'active' })
      await store.idle()

      const cut = powerCut(dataDir, (to) => lose(recordFile(to, ana.id), before))
      const reopened = openStore(cut)
      expect((await reopened.plans.list(ana.id)).map((p) => p.title)).toEqual(['Changed'])
      expect((await reopened.clients.list()).map((s) => [s.givenName, s.planCount])).toEqual([['Ana', 1]])
      expect(await reopened.notices.list()).toEqual([])
      await reopened.close()
      // Put back for good: the log has let go of it, and the file reads alone.
      expect(readFileSync(join(cut, 'store', relPath.indexPending)).length).toBe(0)
      const again = openStore(cut)
      expect((await again.plans.list(ana.id)).map((p) => p.title)).toEqual(['Changed'])
      await again.close()
      await store.close()
    })
  }

  it('is damage the log cannot explain when the file holds bytes no lost write leaves: moved aside and reported, as always', async () => {
    const dataDir = join(temp.dir, 'practice')
    const store = openStore(dataDir)
    const ana = await store.clients.create(clientInput({ givenName: 'Ana' }))
    await store.plans.create(ana.id, planInput('First'))
    const cut = powerCut(dataDir, (to) => writeFileSync(recordFile(to, ana.id), Buffer.from([0x00, 0xff, 0x13, 0x37])))
    const reopened = openStore(cut)
    await expect(reopened.clients.get(ana.id)).rejects.toMatchObject({ code: 'not-found' })
    expect((await reopened.notices.list()).map((n) => n.kind)).toEqual(['moved-aside'])
    await reopened.close()
    await store.close()
  })

  it('is in the log on disk when another store in this process emptied the log meanwhile (the folder lock lets them share)', async () => {
    const dataDir = join(temp.dir, 'practice')
    const store = openStore(dataDir)
    const ana = await store.clients.create(clientInput({ givenName: 'Ana' }))
    const plan = await store.plans.create(ana.id, planInput('First'))
    const other = openStore(dataDir)
    await other.clients.list()
    await other.close() // its open found the log's records; it syncs them and empties the log
    await store.plans.save(ana.id, plan.id, { ...planInput('After'), status: 'active' })

    const cut = powerCut(dataDir, (to) => writeFileSync(recordFile(to, ana.id), ''))
    const reopened = openStore(cut)
    expect((await reopened.plans.list(ana.id)).map((p) => p.title)).toEqual(['After'])
    await reopened.close()
    await store.close()
  })

  it('is read from the log, not put back, when the folder opens read-only', async () => {
    const dataDir = join(temp.dir, 'practice')
    const store = openStore(dataDir)
    const ana = await store.clients.create(clientInput({ givenName: 'Ana' }))
    await store.plans.create(ana.id, planInput('Kept'))
    const cut = powerCut(dataDir, (to) => writeFileSync(recordFile(to, ana.id), ''))
    const lock = new FolderLock(nodeFs, cut) // taken here, as the read-only drive's own lock file would be refused
    await lock.acquire()
    const reopened = openStore(cut, { fs: readOnlyFs() })
    expect((await reopened.notices.list()).map((n) => n.kind)).toEqual(['read-only'])
    expect((await reopened.plans.list(ana.id)).map((p) => p.title)).toEqual(['Kept'])
    expect(readFileSync(recordFile(cut, ana.id)).length).toBe(0) // nothing written
    await lock.release()
    await store.close()
  })
})

// SIGKILL right after the acknowledgement, then the record file's unsynced writes lost as a power cut would.
describe('a save acknowledged just before a SIGKILL and a power cut', () => {
  const bundleDir = tempDir('physioplan-logged-bundle-')
  const fixture = join(bundleDir.dir, 'save-loop.mjs')
  beforeAll(() => build({ entryPoints: [join(import.meta.dirname, 'fixtures', 'save-loop.ts')], bundle: true, platform: 'node', format: 'esm', outfile: fixture, logLevel: 'error' }))
  afterAll(() => bundleDir.cleanup())

  it('comes back whole at the next open', async () => {
    const dataDir = join(temp.dir, 'practice')
    const acked = await new Promise<{ clientId: string; planIds: string[] }>((resolve, reject) => {
      const child = spawn(process.execPath, [fixture, dataDir, '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
      const planIds: string[] = []
      let clientId = ''
      onAcks(
        child.stdout,
        (kind, id, value) => {
          if (kind === 'client') clientId = id
          if (kind === 'plan') planIds.push(value!)
        },
        () => {
          if (planIds.length > 0 && !child.killed) child.kill('SIGKILL') // at once, after the first acknowledged plan
        }
      )
      child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve({ clientId, planIds }) : reject(new Error('fixture exited by itself'))))
    })
    const cut = powerCut(dataDir, (to) => writeFileSync(recordFile(to, acked.clientId), ''))
    const reopened = openStore(cut)
    const planIds = new Set((await reopened.plans.list(acked.clientId)).map((p) => p.id))
    for (const id of acked.planIds) expect(planIds.has(id)).toBe(true)
    expect(await reopened.notices.list()).toEqual([])
    await reopened.close()
  }, 60_000)
})
