import { existsSync } from 'node:fs'
import { expect, test } from './harness'

test('clinic details are validated, saved and kept', async ({ page }) => {
  await page.goto('/#/settings')
  const form = page.getByRole('form', { name: 'Clinic details' })
  await form.getByLabel('Clinic name').fill('Clínica Ñandú — Physio & Co')
  await form.getByLabel('Email').fill('not an email')
  await form.getByRole('button', { name: 'Save clinic details' }).click()
  await expect(form.getByText('Enter a valid email address, or leave it empty')).toBeVisible()

  await form.getByLabel('Email').fill('front.desk@example.org')
  await form.getByLabel('Large print (16 pt text)').check()
  await form.getByRole('button', { name: 'Save clinic details' }).click()
  await expect(form.getByRole('status')).toHaveText('Saved')

  await page.reload()
  await expect(form.getByLabel('Clinic name')).toHaveValue('Clínica Ñandú — Physio & Co')
  await expect(form.getByLabel('Large print (16 pt text)')).toBeChecked()
  await page.screenshot({ path: 'test-results/screens/settings-clinic.png', fullPage: true })
})

test('a logo that is not an image is refused with a clear message', async ({ page }) => {
  await page.goto('/#/settings')
  const form = page.getByRole('form', { name: 'Clinic details' })
  await form.locator('input[type=file]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('definitely not a png') })
  await expect(form.getByRole('alert')).toBeVisible()
  await expect(form.getByText('No logo yet.')).toBeVisible()
})

test('backups are taken, listed and restored after confirmation; data is exported and imported', async ({ page, desktop, services }) => {
  await services.store.clients.create({ givenName: 'Ana', familyName: 'Silva', conditions: [], surgeonRestrictions: '', notes: '' })
  await page.goto('/#/settings')
  const data = page.getByRole('region', { name: 'Data and backups' })
  await data.getByRole('button', { name: 'Back up now' }).click()
  await expect(data.getByRole('status')).toHaveText('Backup taken.')
  await expect(data.getByRole('row')).toHaveCount(2)

  await data.getByRole('button', { name: 'Restore' }).first().click()
  const dialog = page.getByRole('alertdialog', { name: 'Restore this backup?' })
  await expect(dialog).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/settings-restore.png' })
  await dialog.getByRole('button', { name: 'Restore' }).click()
  await expect(data.getByRole('status')).toContainText('Backup restored')
  await expect(data.getByRole('row')).toHaveCount(3)

  await data.getByRole('button', { name: 'Export all data…' }).click()
  await data.getByLabel('Passphrase for this export').fill('moving to the new laptop')
  await data.getByLabel('Type it again').fill('moving to the new laptop')
  await data.getByRole('button', { name: 'Choose where to save…' }).click()
  await expect(data.getByRole('status')).toContainText('All data exported to')
  const exported = `${desktop.home}/${desktop.saveDialogs.at(-1)!.defaultName}`
  expect(existsSync(exported)).toBe(true)

  desktop.nextOpenPath = exported
  await data.getByRole('button', { name: 'Import data…' }).click()
  await data.getByLabel('Passphrase of the file').fill('not the passphrase')
  await data.getByRole('button', { name: 'Choose the file…' }).click()
  await expect(data.getByRole('alert')).toContainText('That passphrase does not open this export')
  await data.getByLabel('Passphrase of the file').fill('moving to the new laptop')
  await data.getByRole('button', { name: 'Choose the file…' }).click()
  await expect(data.getByRole('status')).toContainText('Import finished')
})

const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

test('choosing a logo keeps the details typed but not saved, and leaving with them asks first', async ({ page, services }) => {
  await page.goto('/#/settings')
  const form = page.getByRole('form', { name: 'Clinic details' })
  await form.getByLabel('Clinic name').fill('Northside Physio')
  await form.getByLabel('Phone').fill('0161 496 0000')
  await form.locator('input[type=file]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: onePixelPng })
  await expect(form.getByText('A logo is printed on handouts.')).toBeVisible()
  await expect(form.getByLabel('Clinic name')).toHaveValue('Northside Physio')
  await expect(form.getByLabel('Phone')).toHaveValue('0161 496 0000')
  await expect(form.getByText('You have changes that are not saved yet.')).toBeVisible()

  page.once('dialog', (dialog) => void dialog.dismiss())
  await page.getByRole('link', { name: 'Clients' }).click()
  await expect(form.getByLabel('Clinic name')).toHaveValue('Northside Physio')
  await form.getByRole('button', { name: 'Save clinic details' }).click()
  await expect(form.getByRole('status')).toHaveText('Saved')
  expect(await services.store.settings.get()).toMatchObject({ clinicName: 'Northside Physio', clinicPhone: '0161 496 0000' })
  await page.getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible()
})

test('unsaved profile edits are not dropped by leaving the tab or the client without asking', async ({ page, services }) => {
  const client = await services.store.clients.create({ givenName: 'Ana', familyName: 'Silva', conditions: [], surgeonRestrictions: '', notes: '' })
  await page.goto(`/#/clients/${client.id}`)
  await page.getByRole('tab', { name: 'Profile' }).click()
  await page.getByLabel('Notes').fill('Prefers morning sessions')
  page.once('dialog', (dialog) => void dialog.dismiss())
  await page.getByRole('tab', { name: 'Plans' }).click()
  await expect(page.getByLabel('Notes')).toHaveValue('Prefers morning sessions')
  page.once('dialog', (dialog) => void dialog.dismiss())
  await page.getByRole('link', { name: '← Clients' }).click()
  await expect(page.getByLabel('Notes')).toHaveValue('Prefers morning sessions')
  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('link', { name: '← Clients' }).click()
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible()
  expect((await services.store.clients.get(client.id)).client.notes).toBe('')
})
