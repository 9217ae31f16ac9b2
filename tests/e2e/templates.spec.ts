import { library } from '../../shared/library'
import { expect, test } from './harness'

test('the built-in templates are listed with their exercises and session time', async ({ page }) => {
  await page.goto('/#/templates')
  const list = page.getByRole('region', { name: 'Templates' })
  await expect(list.getByRole('article')).toHaveCount(library.templates.length)
  const basic = list.getByRole('article', { name: 'Basic daily back routine (10–15 min)' })
  await expect(basic.getByRole('listitem')).toHaveCount(library.templates.find((t) => t.id === 'basic-daily-back-routine')!.items.length)
  await expect(basic).toContainText(/about \d+ min a session/)
  await page.screenshot({ path: 'test-results/screens/templates.png', fullPage: true })
})
