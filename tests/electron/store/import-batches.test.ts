import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decryptExport } from '../../../electron/main/store/crypto/export-cipher'
import { clientInput, failingFs, openStore, planInput, freshFolders } from './helpers'

const { source, target } = freshFolders('source', 'target')

const passphrase = 'correct horse battery staple'

/** A practice of `count` clients with a plan each, exported; more clients than one import batch holds. */
async function exported(count: number) {
  const store = openStore(source.dir)
  const ids: string[] = []
  for (let n = 0; n < count; n++) {
    const { id } = await store.clients.create(clientInput({ givenName: `Client ${n}` }))
    await store.plans.create(id, planInput(`Plan of client ${n}`))
    ids.push(id)
  }
  const file = join(source.dir, 'practice.physioplan')
  await store.transfer.exportAll(file, passphrase)
  await store.close()
  return { ids, file }
}

describe('an import written in batches', () => {
  it('fails clearly when the disk fills part-way: every listed client opens, nothing is half-written, and importing again completes', async () => {
    const { ids, file } = await exported(90)
    let clientWrites = 0
    let diskFull = true
    const fs = failingFs((op, path) => (diskFull && op === 'open:w' && path.includes(`${join('store', 'clients')}`) && ++clientWrites > 50 ? 'ENOSPC' : null))
    const store = openStore(target.dir, { fs })
    await expect(store.transfer.importAll(file, passphrase)).rejects.toMatchObject({ code: 'disk-full' })

    const listed = await store.clients.list()
    expect(listed.length).toBeGreaterThan(0)
    expect(listed.length).toBeLessThan(ids.length)
    for (const summary of listed) expect((await store.plans.list(summary.id)).map((p) => p.title)).toEqual([`Plan of ${summary.givenName.toLowerCase()}`])
    expect(readdirSync(join(target.dir, 'store', 'clients')).filter((n) => n.endsWith('.tmp'))).toEqual([])

    diskFull = false
    const again = await store.transfer.importAll(file, passphrase)
    expect(again.added.filter((i) => i.kind === 'client')).toHaveLength(ids.length - listed.length)
    expect((await store.clients.list()).map((s) => s.id).sort()).toEqual([...ids].sort())
    await store.close()
    const reopened = openStore(target.dir)
    expect(await reopened.clients.list()).toHaveLength(ids.length)
    expect(await reopened.notices.list()).toEqual([])
    await reopened.close()
  })

  it('merges a client listed twice, even when the two records fall in different batches', async () => {
    const { ids, file } = await exported(40)
    const bytes = readFileSync(file)
    const content = JSON.parse((await decryptExport(bytes, passphrase)).toString('utf8')) as { clients: { client: { id: string }; plans: { id: string; title: string }[] }[] }
    const first = content.clients.find((c) => c.client.id === ids[0])!
    const twin = structuredClone(first)
    twin.plans = [{ ...twin.plans[0]!, id: 'second-listing-plan', title: 'Only in the second listing' }]
    content.clients.push(twin) // after more than one batch of other clients
    const plain = join(source.dir, 'twice.json')
    writeFileSync(plain, JSON.stringify(content))

    const store = openStore(target.dir)
    const report = await store.transfer.importAll(plain, passphrase)
    expect(report.merged.map((i) => i.id)).toEqual([ids[0]])
    expect((await store.plans.list(ids[0]!)).map((p) => p.title).sort()).toEqual(['Only in the second listing', 'Plan of client 0'])
    expect(await store.clients.list()).toHaveLength(40)
    await store.close()
  })
})
