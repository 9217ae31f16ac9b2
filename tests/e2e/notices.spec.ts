import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { StoreContext } from '../../electron/main/store/context'
import { relPath } from '../../electron/main/store/layout'
import { expect, test } from './harness'

const planInput = (title: string) => ({
  title,
  goals: [],
  status: 'active' as const,
  items: [{ id: 'item-1', exerciseId: 'cat-cow', dosage: { reps: 10, side: 'both' as const, frequency: { timesPerDay: 1, daysPerWeek: 7 } }, patientNote: '', clinicianNote: '', acknowledgedWarnings: [] }]
})

test('a damaged record is salvaged when opened: the banner names the client, the backup and what was lost, until dismissed', async ({ page, services }) => {
  const { store, config } = services
  const ana = await store.clients.create({ givenName: 'Ana', familyName: 'Silva', conditions: [], surgeonRestrictions: '', notes: '' })
  await store.plans.create(ana.id, planInput('Knee routine'))
  await store.backups.backupNow()
  await store.plans.create(ana.id, planInput('Balance routine'))
  await store.plans.create(ana.id, planInput('Shoulder routine'))
  await store.idle()
  // Damage one plan inside the (encrypted) record, as a failing disk might.
  const ctx = new StoreContext({ dataDir: config.dataDir, vault: config.vault })
  await ctx.open() // for the keys only
  await ctx.tidied()
  await ctx.folderLock.release()
  const rel = relPath.client(ana.id)
  const path = join(config.dataDir, 'store', rel)
  const doc = JSON.parse(ctx.codec.decode(rel, readFileSync(path)).toString('utf8')) as { plans: { items: unknown }[] }
  doc.plans[2]!.items = 'torn'
  writeFileSync(path, await ctx.codec.encode(rel, Buffer.from(JSON.stringify(doc))))

  await page.goto('/')
  await page.getByRole('link', { name: /Ana Silva/ }).click()
  const banner = page.getByRole('region', { name: 'PhysioPlan repaired some data' })
  await expect(banner).toContainText('The record of Ana Silva was damaged. PhysioPlan kept everything it could read from it.')
  await expect(banner).toContainText('Could not be recovered: the plan “Shoulder routine”.')
  await expect(page.getByText('Balance routine')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/notice-salvaged.png' })
  await banner.getByRole('button', { name: 'Dismiss' }).click()
  await expect(banner).toHaveCount(0)
  expect(await store.notices.list()).toEqual([])
})
