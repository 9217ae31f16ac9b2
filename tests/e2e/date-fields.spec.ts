import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './harness'

/** The screen as it is, and at 200% zoom (half the CSS pixels), for looking at. */
async function bothZooms(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png` })
  await page.setViewportSize({ width: 640, height: 400 })
  await page.screenshot({ path: `test-results/screens/${name}-200.png` })
  expect(await seriousOrWorse(page)).toEqual([])
  await page.setViewportSize({ width: 1280, height: 800 })
}

const seriousOrWorse = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)

test('a date of birth typed day-month-year (the default) is stored as that day, and shown back that way', async ({ page, services }) => {
  await page.goto('/#/clients')
  await page.getByRole('button', { name: 'Add your first client' }).click()
  const dialog = page.getByRole('dialog', { name: 'New client' })
  await dialog.getByLabel('Given name').fill('Maud')
  await dialog.getByLabel('Family name').fill('Ellison')
  const dob = dialog.getByLabel('Date of birth')
  await expect(dob).toHaveAccessibleDescription('Type as dd/mm/yyyy, for example 23/04/1962.')
  await dob.pressSequentially('2/4/1958')
  await page.keyboard.press('Tab')
  await expect(dob).toHaveValue('02/04/1958')
  expect(await seriousOrWorse(page)).toEqual([])
  await bothZooms(page, 'date-field-new-client')
  await dialog.getByRole('button', { name: 'Create client' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Maud Ellison' })).toBeVisible()
  const [stored] = await services.store.clients.list({})
  expect(stored!.dateOfBirth).toBe('1958-04-02')

  const { schemaVersion: _version, logoFile: _logo, ...settings } = await services.store.settings.get()
  await services.store.settings.save({ ...settings, locale: { language: 'en', dateFormat: 'mdy' } })
  await page.reload()
  await page.getByRole('tab', { name: 'Profile' }).click()
  await expect(page.getByLabel('Date of birth')).toHaveValue('04/02/1958')
  await expect(page.getByLabel('Date of birth')).toHaveAccessibleDescription('Type as mm/dd/yyyy, for example 04/23/1962.')
  await bothZooms(page, 'date-field-profile-mdy')
})

test('an impossible date of birth is named beside the field and nothing is saved', async ({ page, services }) => {
  await page.goto('/#/clients')
  await page.getByRole('button', { name: 'Add your first client' }).click()
  const dialog = page.getByRole('dialog', { name: 'New client' })
  await dialog.getByLabel('Given name').fill('Maud')
  const dob = dialog.getByLabel('Date of birth')
  await dob.fill('31/04/1958')
  await dob.blur()
  await expect(dialog.getByText('There is no such day. Check the day and the month.')).toBeVisible()
  await expect(dob).toHaveAttribute('aria-invalid', 'true')
  await dob.fill('1958')
  await dialog.getByRole('button', { name: 'Create client' }).click()
  await expect(dialog.getByText('This is not a date in the form dd/mm/yyyy. For example: 23/04/1962.')).toBeVisible()
  await expect(dob).toHaveValue('1958') // kept as typed, to be corrected
  await expect(dob).toBeFocused() // the refused field, not the button far below it
  await bothZooms(page, 'date-field-error')
  expect(await services.store.clients.list({})).toEqual([])
  expect(await seriousOrWorse(page)).toEqual([])
})

test('starting a plan from a template finds the client through main’s paged search', async ({ page, services }) => {
  test.setTimeout(120_000)
  for (let start = 0; start < 60; start += 20) {
    await Promise.all(Array.from({ length: 20 }, (_, i) => services.store.clients.create({ givenName: 'Pat', familyName: `Client ${String(start + i).padStart(2, '0')}`, conditions: [], surgeonRestrictions: '', notes: '' })))
  }
  const ruth = await services.store.clients.create({ givenName: 'Ruth', familyName: 'Okafor', dateOfBirth: '1950-06-01', conditions: ['thr_posterior'], surgeonRestrictions: '', notes: '' })
  await page.goto('/#/templates')
  await page.getByRole('article', { name: 'Basic daily back routine (10–15 min)' }).getByRole('button', { name: 'Start a plan…' }).click()
  const dialog = page.getByRole('dialog', { name: /Start a plan from/ })
  const client = dialog.getByLabel('Client')
  // Only the first page of matches is in the page: 20 of the 61 clients.
  await expect(client.locator('option:not([disabled])')).toHaveCount(20)
  await expect(client).toHaveAccessibleDescription('The first 20 of 61 clients. Type more of a name or date of birth to find others.')
  await dialog.getByLabel('Search by name or date of birth').fill('okaf')
  // One match: chosen, and checked against her conditions.
  await expect(client).toHaveValue(ruth.id)
  await expect(dialog.getByRole('status')).toContainText('For this client:')
  await dialog.getByLabel('Search by name or date of birth').fill('01/06/1950')
  await expect(client.locator('option:not([disabled])')).toHaveText(['Ruth Okafor'])
  await dialog.getByLabel('Search by name or date of birth').fill('nobody')
  await expect(client).toHaveAccessibleDescription('No current client matches. Check the spelling, or search by date of birth.')
  await expect(client).toHaveValue(ruth.id) // the choice stays while searching again
  expect(await seriousOrWorse(page)).toEqual([])
  await bothZooms(page, 'start-plan-search')
  await dialog.getByRole('button', { name: 'Start plan' }).click()
  await expect(page).toHaveURL(new RegExp(`#/clients/${ruth.id}/plans/`))
})
