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

test('search by position words and forgiving spelling; level and equipment filters; Clear filters whenever one is on; Escape closes the detail', async ({ page }) => {
  const cards = page.getByRole('list', { name: 'Exercise library' }).getByRole('listitem')
  await page.getByLabel('Search exercises').fill('childs pose')
  await expect(cards.getByText("Child's pose", { exact: true })).toHaveCount(1)
  await page.getByLabel('Search exercises').fill('all fours')
  await expect(cards).toHaveCount(library.exerciseList.filter((e) => searchable(e).includes('all fours')).length)

  await page.getByLabel('Search exercises').fill('')
  await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0)
  await page.getByRole('group', { name: 'Level' }).getByRole('button', { name: 'Beginner' }).click()
  await expect(cards).toHaveCount(library.exerciseList.filter((e) => e.level === 'beginner').length)
  await page.getByRole('group', { name: 'Equipment' }).getByRole('button', { name: 'Chair' }).click()
  await expect(cards).toHaveCount(library.exerciseList.filter((e) => e.level === 'beginner' && e.equipment.includes('chair')).length)
  await page.screenshot({ path: 'test-results/screens/library-filters.png' })
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(cards).toHaveCount(library.exerciseList.length)

  await page.getByRole('button', { name: /^Child's pose Stretch/ }).click()
  await expect(page.getByRole('article')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('article')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Child's pose Stretch/ })).toBeFocused()
})

const searchable = (e: (typeof library.exerciseList)[number]) => `${e.startingPosition.replace(/-/g, ' ')} ${e.name.toLowerCase()} ${e.summary.toLowerCase()}`
