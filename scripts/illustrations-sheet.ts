/**
 * Contact sheet of every exercise drawing, for review: writes out/illustrations/contact-sheet.html
 * and PNG screenshots of it in colour and in greyscale (as an office printer would print it).
 * Run: npm run illustrations:sheet
 * Review a few drawings at card size (160 × 120) and print size (400 × 300), in colour and greyscale:
 *   npm run illustrations:sheet -- --only=side-plank-knees,open-book   (writes out/illustrations/review.png)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { poseIds, renderPoseSvg } from '../shared/illustration'

const root = resolve(import.meta.dirname, '..')
const outDir = join(root, 'out', 'illustrations')

/** Exercise names by pose id, from data/exercises.json or data/exercises/*.json when present. */
function exerciseNames(): Map<string, string> {
  const names = new Map<string, string>()
  const single = join(root, 'data', 'exercises.json')
  const folder = join(root, 'data', 'exercises')
  const files = existsSync(single) ? [single] : existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.json')).sort().map((f) => join(folder, f)) : []
  for (const file of files) {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
    for (const entry of Array.isArray(parsed) ? parsed : []) {
      if (typeof entry === 'object' && entry && 'name' in entry && typeof entry.name === 'string') {
        const id = 'poseId' in entry && typeof entry.poseId === 'string' ? entry.poseId : 'id' in entry ? String(entry.id) : ''
        if (id && !names.has(id)) names.set(id, entry.name)
      }
    }
  }
  return names
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function sheetHtml(): string {
  const names = exerciseNames()
  const cells = poseIds().map((id) => `<figure>${renderPoseSvg(id, { width: 240, height: 180 })}` +
    `<figcaption><b>${escapeHtml(names.get(id) ?? '')}</b><code>${escapeHtml(id)}</code></figcaption></figure>`)
  return `<!doctype html><meta charset="utf-8"><title>PhysioPlan illustrations</title><style>
body{font:13px system-ui,sans-serif;margin:16px;background:#f4f6f7;color:#263238}
main{display:grid;grid-template-columns:repeat(6,240px);gap:12px}
figure{margin:0;background:#fff;border-radius:8px;padding:4px 4px 8px;box-shadow:0 1px 2px #0001}
figcaption{display:flex;flex-direction:column;padding:0 6px}code{color:#78909c;font-size:11px}
</style><main>${cells.join('\n')}</main>`
}

/** Each chosen pose in one row: card and print size, each in colour and in greyscale. */
function reviewHtml(ids: string[]): string {
  const sizes = [[160, 120], [400, 300]] as const
  const rows = ids.map((id) => `<section><code>${escapeHtml(id)}</code><div>` +
    sizes.flatMap(([w, h]) => ['', 'grey'].map((c) => `<figure class="${c}">${renderPoseSvg(id, { width: w, height: h })}</figure>`)).join('') + '</div></section>')
  return `<!doctype html><meta charset="utf-8"><style>body{font:13px system-ui,sans-serif;margin:8px;background:#fff}
section div{display:flex;gap:8px;align-items:flex-start}figure{margin:0;border:1px solid #ccd}.grey{filter:grayscale(1)}</style>${rows.join('\n')}`
}

/** The sheet in parts of a few rows each: the whole sheet is too tall to view at full size. */
async function screenshotParts(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  const part = 1200
  for (let i = 0; i * part < height; i++) {
    const clip = { x: 0, y: i * part, width: 1560, height: Math.min(part, height - i * part) }
    await page.screenshot({ path: join(outDir, `${name}-part-${i + 1}.png`), clip, fullPage: true })
  }
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true })
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',').filter(Boolean)
  const htmlPath = join(outDir, only ? 'review.html' : 'contact-sheet.html')
  writeFileSync(htmlPath, only ? reviewHtml(only) : sheetHtml())
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1560, height: 800 } })
    await page.goto(`file://${htmlPath}`)
    if (only) {
      const reviewPath = join(outDir, 'review.png')
      await page.screenshot({ path: reviewPath, fullPage: true })
      console.log(`Wrote ${reviewPath}`)
      return
    }
    const pngPath = join(outDir, 'contact-sheet.png')
    await page.screenshot({ path: pngPath, fullPage: true })
    await screenshotParts(page, 'contact-sheet')
    await page.addStyleTag({ content: 'main{filter:grayscale(1)}' })
    const greyPath = join(outDir, 'contact-sheet-grey.png')
    await page.screenshot({ path: greyPath, fullPage: true })
    await screenshotParts(page, 'contact-sheet-grey')
    console.log(`Wrote ${htmlPath}\nWrote ${pngPath}\nWrote ${greyPath}\n(and -part-N.png of each, small enough to open in an image viewer at full size)`)
  } finally {
    await browser.close()
  }
}

await main()
