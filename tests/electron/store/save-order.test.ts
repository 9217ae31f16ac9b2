import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nodeFs, type FsPort } from '../../../electron/main/store/fs-port'
import { relPath } from '../../../electron/main/store/layout'
import { clientInput, failingFs, openStore, planInput, tempDir } from './helpers'

let temp: ReturnType<typeof tempDir>
beforeEach(() => (temp = tempDir()))
afterEach(() => temp.cleanup())

const isPendingLog = (path: string) => path.endsWith(relPath.indexPending)

/** The real file system, recording when the pending log reached the disk and when a record was replaced; the log's fsync is slow. */
function recordingFs(events: string[]): FsPort {
  return {
    ...nodeFs,
    open: async (path, flags, mode) => {
      const handle = await nodeFs.open(path, flags, mode)
      return {
        writeFile: (data) => handle.writeFile(data),
        sync: async () => {
          if (isPendingLog(path)) await new Promise((resolve) => setTimeout(resolve, 60))
          await handle.sync()
          if (isPendingLog(path)) events.push('pending log on disk')
        },
        close: () => handle.close()
      }
    },
    rename: async (from, to) => {
      await nodeFs.rename(from, to)
      if (/clients\/[^/]+\.json$/.test(to)) events.push('record replaced')
    }
  }
}

// A save writes its record while the client's id is appended to the pending log, but the record
// may only take its place once the id is on the disk: a crash in between is then repaired at the next open.
describe('the order of a save’s writes', () => {
  it('a record is replaced only after its client’s id has reached the disk in the pending log', async () => {
    const events: string[] = []
    const store = openStore(temp.dir, { fs: recordingFs(events) })
    const ana = await store.clients.create(clientInput())
    const plan = await store.plans.create(ana.id, planInput())
    events.length = 0

    await store.plans.save(ana.id, plan.id, { ...planInput(), title: 'Changed' })

    expect(events).toEqual(['pending log on disk', 'record replaced'])
    await store.close()
  })

  it('when the pending log cannot be written, the save is refused and the record keeps its previous version', async () => {
    let logFull = false
    const fs = failingFs((operation, path) => (logFull && operation === 'write' && isPendingLog(path) ? 'ENOSPC' : null))
    const store = openStore(temp.dir, { fs })
    const ana = await store.clients.create(clientInput())
    const plan = await store.plans.create(ana.id, planInput('Before'))

    logFull = true
    await expect(store.plans.save(ana.id, plan.id, { ...planInput(), title: 'After' })).rejects.toMatchObject({ code: 'disk-full' })
    logFull = false
    await store.close()

    expect(readdirSync(join(temp.dir, 'store', 'clients')).filter((name) => name.endsWith('.tmp'))).toEqual([])
    const reopened = openStore(temp.dir)
    expect((await reopened.plans.list(ana.id)).map((p) => p.title)).toEqual(['Before'])
    await reopened.close()
  })
})
