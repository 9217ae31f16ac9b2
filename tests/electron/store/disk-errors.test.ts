import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { relPath } from '../../../electron/main/store/layout'
import { clientInput, failingFs, openStore, planInput, tempDir } from './helpers'

let temp: ReturnType<typeof tempDir>
beforeEach(() => (temp = tempDir()))
afterEach(() => temp.cleanup())

const cases = [
  { errno: 'ENOSPC', failAt: 'write', code: 'disk-full', message: 'The disk is full. Your last change was not saved; the previous version is kept.' },
  { errno: 'EACCES', failAt: 'open:w', code: 'permission-denied', message: /not allowed to write/ },
  { errno: 'EPERM', failAt: 'rename', code: 'permission-denied', message: /not allowed to write/ },
  { errno: 'EROFS', failAt: 'open:w', code: 'permission-denied', message: /previous version is kept/ }
] as const

describe('a save that cannot reach the disk', () => {
  for (const { errno, failAt, code, message } of cases) {
    it(`fails visibly on ${errno} during ${failAt} and leaves the previous version intact`, async () => {
      const { id } = await openStore(temp.dir).clients.create(clientInput())
      const file = join(temp.dir, 'store', relPath.client(id))
      const before = readFileSync(file)
      let failing = false
      const store = openStore(temp.dir, { fs: failingFs((op, path) => (failing && op === failAt && path.includes(id) ? errno : null)) })
      await store.clients.list()
      failing = true

      const attempt = store.plans.create(id, planInput())
      await expect(attempt).rejects.toMatchObject({ code })
      await expect(attempt).rejects.toThrow(message)
      expect(readFileSync(file)).toEqual(before)
      expect(readdirSync(join(temp.dir, 'store', 'clients')).filter((n) => n.endsWith('.tmp'))).toEqual([])

      failing = false
      await store.plans.create(id, planInput('After the disk was fixed'))
      expect((await openStore(temp.dir).plans.list(id)).map((p) => p.title)).toEqual(['After the disk was fixed'])
    })
  }
})
