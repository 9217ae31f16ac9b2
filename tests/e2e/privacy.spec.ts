import { expect, test } from './harness'

test.describe('first start on a computer with a keychain', () => {
  test.use({ firstStart: true, keychain: 'macos-keychain' })

  test('shows the recovery key once, then Settings says how the records are protected', async ({ page, services }) => {
    await page.goto('/#/clients')
    const card = page.getByRole('region', { name: 'Recovery key' })
    const key = (await card.getByTestId('recovery-key').innerText()).split('\n').join('-')
    expect(key).toMatch(/^([0-9A-Z]{4}-){11}[0-9A-Z]{4}$/)
    await page.screenshot({ path: 'test-results/screens/privacy-recovery-key.png' })
    await card.getByRole('button', { name: 'I have kept it safe' }).click()
    await expect(page.getByRole('navigation', { name: 'Main sections' })).toBeVisible()
    expect(services.store.privacy.takeRecoveryKey()).toBeNull()

    await page.goto('/#/settings')
    const privacy = page.getByRole('region', { name: 'Privacy and security' })
    await expect(privacy.getByTestId('encryption-state')).toContainText('On.')
    await expect(privacy.getByTestId('key-kept-by')).toContainText('macOS Keychain')
    await privacy.getByLabel('New passphrase').fill('short')
    await privacy.getByLabel('Type it again').fill('short')
    await privacy.getByRole('button', { name: 'Save passphrase' }).click()
    await expect(privacy.getByRole('alert')).toContainText('at least 10 characters')
    await privacy.getByLabel('New passphrase').fill('a sentence for the practice')
    await privacy.getByLabel('Type it again').fill('a sentence for the practice')
    await privacy.getByRole('button', { name: 'Save passphrase' }).click()
    await expect(privacy.getByRole('status')).toHaveText('Passphrase saved.')
    await expect(privacy.getByRole('heading', { name: 'Change the passphrase' })).toBeVisible()
    await privacy.screenshot({ path: 'test-results/screens/settings-privacy.png' })
  })
})

test.describe('a computer without a secure keychain (Linux basic_text)', () => {
  test.use({ keychain: 'linux-basic-text' })

  test('asks for a passphrase before anything is stored, then shows the recovery key', async ({ page, services }) => {
    await page.goto('/#/clients')
    const lock = page.getByRole('form', { name: 'Protect your records' })
    await expect(lock).toBeVisible()
    await lock.getByLabel('Passphrase').fill('our clinic passphrase')
    await lock.getByLabel('Type it again').fill('our clinic passphras')
    await lock.getByRole('button', { name: 'Set passphrase and continue' }).click()
    await expect(lock.getByText('The two do not match.')).toBeVisible()
    await page.screenshot({ path: 'test-results/screens/privacy-lock-setup.png' })
    await lock.getByLabel('Type it again').fill('our clinic passphrase')
    await lock.getByRole('button', { name: 'Set passphrase and continue' }).click()
    await page.getByRole('button', { name: 'I have kept it safe' }).click()
    await expect(page.getByRole('navigation', { name: 'Main sections' })).toBeVisible()
    expect((await services.store.privacy.status()).keptBy).toBe('passphrase')
  })
})
