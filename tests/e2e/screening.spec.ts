import { expect, test } from './harness'

const saddle = 'Numbness or tingling around the genitals, anus or inner buttocks?'
const steroids = 'Long-term oral corticosteroids?'

test('a clinician screens a client for red flags, sees the outcome live, saves it and finds it in the history', async ({ page, services }) => {
  const client = await services.store.clients.create({
    givenName: 'Margaret', familyName: 'Okafor', dateOfBirth: '1951-06-14', sex: 'female',
    conditions: ['osteoporosis'], surgeonRestrictions: '', notes: ''
  })
  await page.goto(`/#/clients/${client.id}`)
  await expect(page.getByText('Not screened')).toBeVisible()
  await page.getByRole('tab', { name: 'Screening' }).click()

  const banner = page.getByTestId('outcome-banner')
  await expect(banner).toContainText('Not screened yet')
  // Nothing answered yet: there is nothing to save, so an empty screen can never read as clear.
  await expect(page.getByRole('button', { name: 'Save screening' })).toBeDisabled()
  // Age is on the record, so the age questions are pre-filled as a suggestion the clinician can change.
  await expect(page.getByRole('group', { name: /Aged 70 or over/ }).getByLabel('Yes', { exact: true })).toBeChecked()
  await expect(page.getByText(/Suggested from date of birth \(age \d+\)/).first()).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/screening-form.png' })

  // Long-term steroids with older age: two fracture combination flags make it urgent.
  await page.getByRole('group', { name: steroids }).getByLabel('Yes', { exact: true }).check()
  await expect(banner).toContainText('Urgent')
  await expect(banner).toContainText('2 combination flags for vertebral fracture')

  // The SpA features appear only once the gate is yes.
  await expect(page.getByRole('group', { name: 'Buttock pain' })).toHaveCount(0)
  await page.getByRole('group', { name: /Did the back pain begin before age 45/ }).getByLabel('No', { exact: true }).check()
  await expect(page.getByRole('group', { name: 'Buttock pain' })).toHaveCount(0)

  // Keyboard: the arrow keys move between the answers of one question.
  const saddleGroup = page.getByRole('group', { name: saddle })
  await saddleGroup.getByLabel('No', { exact: true }).focus()
  await page.keyboard.press('ArrowLeft')
  await expect(saddleGroup.getByLabel('Yes', { exact: true })).toBeChecked()
  await saddleGroup.screenshot({ path: 'test-results/screens/screening-keyboard.png' })
  await expect(banner).toContainText('Emergency')
  await expect(banner).toContainText('Same day: send to the emergency department. Do not start the exercise plan.')
  await expect(banner).toContainText('Saddle numbness: a red flag for cauda equina syndrome.')
  await page.getByLabel('Clinician note').fill('Reports saddle tingling since yesterday. Sent to A&E; GP informed.')
  await page.screenshot({ path: 'test-results/screens/screening-emergency.png' })

  await page.getByRole('button', { name: 'Save screening' }).click()
  await expect(page.getByRole('status')).toContainText('saved')
  const head = page.locator('header')
  await expect(head.getByText('Emergency')).toBeVisible()
  const history = page.getByRole('region', { name: 'Past screenings' })
  await expect(history.getByRole('button')).toHaveCount(1)
  await expect(history.getByRole('button').first()).toContainText('Emergency')
  await expect(page.getByRole('heading', { name: /Screening of/ })).toBeFocused()
  await expect(page.getByText('Reports saddle tingling since yesterday.')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/screening-saved.png' })
  await page.getByRole('heading', { name: 'Answers' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/screening-saved-answers.png' })

  const stored = await services.store.screenings.list(client.id)
  expect(stored).toHaveLength(1)
  const [screening] = stored
  expect(screening?.outcome.outcome).toBe('emergency')
  expect(screening?.answers.flags).toMatchObject({ ces_saddle: 'yes', steroids_long: 'yes' })
  expect(screening?.answers.flags.age_older).toBeUndefined()
  expect(screening?.outcome.derivedFlags).toContain('age_older')
  expect(screening?.answers.spa?.gate).toBe('no')
  expect(screening?.clinicianNote).toBe('Reports saddle tingling since yesterday. Sent to A&E; GP informed.')

  // A new screening starts blank; the SpA features follow the gate.
  await page.getByRole('button', { name: 'Back to new screening' }).click()
  await expect(banner).toContainText('Not screened yet')
  await page.getByRole('group', { name: /Did the back pain begin before age 45/ }).getByLabel('Yes', { exact: true }).check()
  await expect(page.getByRole('group', { name: 'Buttock pain' })).toBeVisible()
  await page.getByRole('group', { name: 'Buttock pain' }).getByLabel('Yes', { exact: true }).check()
  await expect(page.getByText('1 feature', { exact: true })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/screening-spa.png' })
})

test('a client without a date of birth is asked the age questions, and all-no answers are clear', async ({ page, services }) => {
  const client = await services.store.clients.create({ givenName: 'Tom', familyName: 'Reyes', conditions: [], surgeonRestrictions: '', notes: '' })
  await page.goto(`/#/clients/${client.id}`)
  await page.getByRole('tab', { name: 'Screening' }).click()
  await expect(page.getByText('No date of birth on file')).toBeVisible()
  await expect(page.getByRole('group', { name: 'Aged 70 or over, or a woman aged 65 or over?' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/screening-no-dob.png' })
  for (const question of await page.locator('fieldset').all()) await question.getByLabel('No', { exact: true }).check()
  const banner = page.getByTestId('outcome-banner')
  await expect(banner).toContainText('No red flags found')
  await expect(banner).toContainText('All questions answered.')
  await page.screenshot({ path: 'test-results/screens/screening-clear.png' })
  await page.getByLabel('Date of screening').fill('2099-01-01')
  await expect(page.getByText('The screening date cannot be in the future.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Save screening' })).toBeDisabled()
})
