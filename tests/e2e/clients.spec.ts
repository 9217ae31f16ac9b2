import { execFileSync } from 'node:child_process'
import { library } from '../../shared/library'
import { expect, test } from './harness'

test('a clinician adds a client, starts a plan from a template, sees its warnings and prints a named handout', async ({ page, desktop, services }) => {
  test.setTimeout(120_000) // renders several PDFs; slow on a shared build machine
  await page.goto('/#/clients')
  await page.getByRole('button', { name: 'Add your first client' }).click()
  const dialog = page.getByRole('dialog', { name: 'New client' })
  await dialog.getByRole('button', { name: 'Create client' }).click()
  await expect(dialog.getByText('Give the client a name')).toBeVisible()

  await dialog.getByLabel('Given name').fill('Zoë')
  await dialog.getByLabel("Family name").fill("O'Brien-Łukasz")
  await dialog.getByLabel('Date of birth').fill('02/04/1958') // typed the British way, the default setting
  await dialog.getByLabel('Hip replacement, posterior approach').check()
  await dialog.getByLabel('Surgeon-set restrictions').fill('No hip flexion past 90° for 6 weeks.')
  await page.screenshot({ path: 'test-results/screens/client-new.png' })
  await dialog.getByRole('button', { name: 'Create client' }).click()

  await expect(page.getByRole('heading', { level: 1, name: "Zoë O'Brien-Łukasz" })).toBeVisible()
  await expect(page.getByText('Not screened')).toBeVisible()
  await page.getByLabel('New plan from').selectOption({ label: 'Basic daily back routine (10–15 min)' })
  await page.getByRole('button', { name: 'Create plan' }).click()
  // A new plan opens in the builder; its card on the client page carries the client's warnings.
  await expect(page.getByLabel('Plan title')).toHaveValue('Basic daily back routine (10–15 min)')
  await page.getByRole('link', { name: /Zoë O'Brien-Łukasz/ }).click()
  const plan = page.getByRole('listitem').filter({ hasText: 'Basic daily back routine' })
  await expect(plan.getByText('Draft')).toBeVisible()
  await expect(plan.getByText(/to avoid/)).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/client-plans.png' })

  await plan.getByRole('link', { name: 'Preview handout' }).click()
  await expect(page.getByText('Preview up to date')).toBeVisible({ timeout: 30_000 })
  // Not screened, and Avoid items for the hip: the handout is held, and says why.
  await expect(page.getByTestId('export-gate')).toContainText('has not been screened')
  await expect(page.getByTestId('unresolved-warning').first()).toContainText("Child's pose, with Hip replacement")
  await expect(page.getByRole('button', { name: 'Save PDF…' })).toBeDisabled()
  await page.screenshot({ path: 'test-results/screens/handout-held.png' })
  await page.getByTestId('export-gate').getByRole('button', { name: 'Record decision…' }).click()
  const decision = page.getByRole('dialog', { name: 'Record a clinical decision' })
  await decision.getByLabel('Proceeding on clinical judgement').check()
  await decision.getByLabel('Reason for proceeding').fill('Screened at the hospital pre-op last week; all clear.')
  await decision.getByRole('button', { name: 'Record decision' }).click()
  await expect(page.getByTestId('export-gate')).toHaveCount(0, { timeout: 30_000 }) // after the preview re-renders
  await expect(page.getByRole('button', { name: 'Save PDF…' })).toBeDisabled()
  // The Avoid items are resolved in the plan: kept with a reason here.
  const record = await services.store.clients.get((await services.store.clients.list())[0]!.id)
  const built = record.plans[0]!
  await services.store.plans.save(record.client.id, built.id, {
    title: built.title, goals: built.goals, status: built.status,
    items: built.items.map((item) => ({ ...item, acknowledgedWarnings: library.contraindications.get(item.exerciseId)?.has('thr_posterior')
      ? [{ condition: 'thr_posterior' as const, reason: 'Surgeon allows it at 6 weeks', date: built.createdAt.slice(0, 10) }] : [] }))
  })
  await page.reload()
  await expect(page.getByText('Preview up to date')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('unresolved-warning')).toHaveCount(0)
  await page.getByRole('button', { name: 'Save PDF…' }).click()
  await expect(page.getByRole('status')).toContainText('Saved to')
  const saved = desktop.saveDialogs.at(-1)!.defaultName
  expect(saved).toMatch(/^Zoë O'Brien-Łukasz exercises \d{4}-\d{2}-\d{2}\.pdf$/)
  const text = execFileSync('pdftotext', [`${desktop.home}/${saved}`, '-'], { encoding: 'utf8' })
  expect(text).toContain("Zoë O'Brien-Łukasz")

  await page.goto('/#/clients')
  await expect(page.getByRole('link', { name: /Zoë O'Brien-Łukasz/ })).toContainText('1 plan')
  await page.screenshot({ path: 'test-results/screens/clients-list.png' })
})

test('a client is archived, found again, restored, then deleted only after confirmation', async ({ page, services }) => {
  const client = await services.store.clients.create({ givenName: 'Ana', familyName: 'Silva', conditions: ['osteoporosis'], surgeonRestrictions: '', notes: '' })
  await page.goto(`/#/clients/${client.id}`)
  await page.getByRole('tab', { name: 'Profile' }).click()
  await page.getByRole('button', { name: 'Archive' }).click()
  await expect(page.getByRole('status')).toContainText('Archived')

  await page.goto('/#/clients')
  await expect(page.getByText('No client matches.')).toBeVisible()
  await page.getByLabel('Show').selectOption('Archived only')
  await page.getByRole('link', { name: /Ana Silva/ }).click()
  await page.getByRole('tab', { name: 'Profile' }).click()
  await page.getByRole('button', { name: 'Restore' }).click()
  await expect(page.getByRole('status')).toContainText('Restored')

  await page.getByRole('button', { name: 'Delete permanently' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click()
  expect((await services.store.clients.list()).map((c) => c.id)).toEqual([client.id])
  await page.getByRole('button', { name: 'Delete permanently' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete permanently' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible()
  expect(await services.store.clients.list({ includeArchived: true })).toEqual([])
})

test('clients are found by date of birth as typed, sorted by last seen, and archived ones listed alone', async ({ page, services }) => {
  const zoe = await services.store.clients.create({ givenName: 'Zoë', familyName: 'Brennan', dateOfBirth: '1958-04-02', conditions: [], surgeonRestrictions: '', notes: '' })
  await services.store.clients.create({ givenName: 'Ann', familyName: 'Adams', dateOfBirth: '1971-09-30', conditions: [], surgeonRestrictions: '', notes: '' })
  await new Promise((resolve) => setTimeout(resolve, 5))
  await services.store.plans.create(zoe.id, { title: 'Back plan', goals: [], items: [], status: 'draft' }) // Zoë was seen last
  await page.goto('/#/clients')
  const rows = page.getByRole('list', { name: 'Clients' }).getByRole('link')
  await expect(rows).toHaveText([/Ann Adams/, /Zoë Brennan/])
  await page.getByLabel('Sort by').selectOption('Last seen')
  await expect(rows).toHaveText([/Zoë Brennan/, /Ann Adams/])
  for (const typed of ['1958', '02/04/1958', '2 April 1958']) {
    await page.getByLabel('Search by name or date of birth').fill(typed)
    await expect(rows).toHaveText([/Zoë Brennan/])
  }
  await page.getByLabel('Search by name or date of birth').fill('')
  await services.store.clients.archive(zoe.id)
  await page.getByLabel('Show').selectOption('Archived only')
  await expect(rows).toHaveText([/Zoë Brennan/])
  await page.screenshot({ path: 'test-results/screens/clients-archived-only.png' })
})

test('a long client list holds only the rows on screen, pages from main, and is walked by keyboard', async ({ page, services }) => {
  test.setTimeout(120_000)
  const count = 260 // more than five pages of 50
  for (let start = 0; start < count; start += 20) {
    await Promise.all(Array.from({ length: 20 }, (_, i) => services.store.clients.create({ givenName: 'Pat', familyName: `Client ${String(start + i).padStart(3, '0')}`, conditions: [], surgeonRestrictions: '', notes: '' })))
  }
  await page.goto('/#/clients')
  const list = page.getByRole('list', { name: 'Clients' })
  await expect(page.getByRole('status')).toHaveText('260 clients')
  await expect(list.getByRole('link').first()).toHaveText(/Pat Client 000/)
  expect(await list.getByRole('listitem').count()).toBeLessThan(40)
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '260')
  // Spare rows below the window's edge follow the first paint, so scrolling down shows no gap.
  await expect.poll(async () => (await list.getByRole('listitem').last().boundingBox())?.y).toBeGreaterThan(page.viewportSize()!.height)
  // Only <main> scrolls: the window itself is no taller than it is (a wheel over the rail moves nothing).
  expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBe(page.viewportSize()!.height)

  // One Tab stop for the list; End reaches the last client, fetched from main on the way.
  await page.getByLabel('Sort by').focus()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: /Pat Client 000/ })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('link', { name: /Pat Client 001/ })).toBeFocused()
  await page.keyboard.press('End')
  await expect(page.getByRole('link', { name: /Pat Client 259/ })).toBeFocused()
  await expect(page.locator(':focus').locator('xpath=..')).toHaveAttribute('aria-posinset', '260')
  expect(await list.getByRole('listitem').count()).toBeLessThan(40)
  await page.keyboard.press('Home')
  await expect(page.getByRole('link', { name: /Pat Client 000/ })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Pat Client 000' })).toBeVisible()

  await page.goto('/#/clients')
  await page.getByLabel('Search by name or date of birth').fill('client 25')
  await expect(page.getByRole('status')).toHaveText('13 clients') // 025, 125, 225 and 250–259
  await expect(list.getByRole('link')).toHaveCount(13)
  await page.screenshot({ path: 'test-results/screens/clients-many.png' })
})

test('a plan given to the patient shows the handout’s day in the plan history, written as the settings say', async ({ page, services }) => {
  const client = await services.store.clients.create({ givenName: 'Ana', familyName: 'Silva', conditions: [], surgeonRestrictions: '', notes: '' })
  const plan = await services.store.plans.create(client.id, { title: 'Back plan', goals: [], items: [], status: 'draft' })
  await services.store.plans.create(client.id, { title: 'Neck plan', goals: [], items: [], status: 'draft' })
  await services.store.plans.markGiven(client.id, plan.id, '2026-04-02')
  await page.goto(`/#/clients/${client.id}`)
  await expect(page.getByRole('listitem').filter({ hasText: 'Back plan' })).toContainText('Given to patient 2 Apr 2026')
  await expect(page.getByRole('listitem').filter({ hasText: 'Neck plan' })).toContainText('Draft')
  await page.screenshot({ path: 'test-results/screens/client-plans-given.png' })

  await page.goto('/#/settings')
  await page.getByLabel('Date format').selectOption({ label: 'Month day year (Apr 2, 2026)' })
  await page.getByRole('button', { name: 'Save clinic details' }).click()
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()
  expect((await services.store.settings.get()).locale).toEqual({ language: 'en', dateFormat: 'mdy' })
  await page.screenshot({ path: 'test-results/screens/settings-locale.png', fullPage: true })
  await page.goto(`/#/clients/${client.id}`)
  await expect(page.getByRole('listitem').filter({ hasText: 'Back plan' })).toContainText('Given to patient Apr 2, 2026')
})

test('at 200% zoom a row wraps and its screening pill keeps its own width', async ({ page, services }) => {
  await services.store.clients.create({ givenName: 'Ruth', familyName: 'Okafor', dateOfBirth: '1950-03-01', conditions: [], surgeonRestrictions: '', notes: '' })
  await page.setViewportSize({ width: 640, height: 400 })
  await page.goto('/#/clients')
  const row = page.getByRole('list', { name: 'Clients' }).getByRole('link', { name: /Ruth Okafor/ })
  const pill = row.getByTestId('outcome-pill')
  await expect(pill).toHaveText('Not screened')
  const [rowBox, pillBox] = [(await row.boundingBox())!, (await pill.boundingBox())!]
  expect(pillBox.width).toBeLessThan(rowBox.width / 2)
})
