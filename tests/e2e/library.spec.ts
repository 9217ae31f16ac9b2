import { library } from '../../shared/library'
import { expect, test } from './harness'

test.beforeEach(async ({ page }) => {
  await page.goto('/#/library')
})

test('the library shows every exercise as an illustrated card', async ({ page }) => {
  const cards = page.getByRole('list', { name: 'Exercise library' }).getByRole('listitem')
  await expect(cards).toHaveCount(library.exerciseList.length)
  await expect(cards.first().locator('img')).toHaveAttribute('src', /^data:image\/svg\+xml/)
  await page.screenshot({ path: 'test-results/screens/library.png' })
})

test('search matches every word typed, in any case', async ({ page }) => {
  await page.getByLabel('Search exercises').fill('KNEE chest')
  const names = await page.getByRole('list', { name: 'Exercise library' }).locator('.card__name').allTextContents()
  expect(names).toEqual(expect.arrayContaining([library.exercises.get('knee-to-chest-single')!.name, library.exercises.get('knee-to-chest-double')!.name]))
  expect(names).not.toContain(library.exercises.get('plank')!.name)
  await page.getByLabel('Search exercises').fill('zzzz')
  await expect(page.getByText('No exercise matches')).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page.getByRole('list', { name: 'Exercise library' }).getByRole('listitem')).toHaveCount(library.exerciseList.length)
})

test('filter chips narrow by position', async ({ page }) => {
  await page.getByRole('group', { name: 'Position' }).getByRole('button', { name: 'Standing' }).click()
  const expected = library.exerciseList.filter((e) => e.startingPosition === 'standing').length
  await expect(page.getByRole('list', { name: 'Exercise library' }).getByRole('listitem')).toHaveCount(expected)
})

test('an exercise opens with its steps, warnings and a link to the safer version', async ({ page }) => {
  await page.getByRole('button', { name: /^Child's pose Stretch/ }).click()
  const detail = page.getByRole('article')
  await expect(detail.getByRole('heading', { name: "Child's pose" })).toBeVisible()
  await expect(detail.getByRole('listitem').filter({ hasText: 'Kneel on a mat' })).toBeVisible()
  await expect(detail.getByText('Avoid').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/library-detail.png' })
  await detail.getByRole('button', { name: /^Safer version:/ }).first().click()
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).not.toHaveText("Child's pose")
})
