/**
 * Contact sheet of every exercise drawing, for review: writes out/illustrations/contact-sheet.html
 * and PNG screenshots of it in colour and in greyscale (as an office printer would print it).
 * Run: npm run illustrations:sheet
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
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

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true })
  const htmlPath = join(outDir, 'contact-sheet.html')
  writeFileSync(htmlPath, sheetHtml())
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1560, height: 800 } })
    await page.goto(`file://${htmlPath}`)
    const pngPath = join(outDir, 'contact-sheet.png')
    await page.screenshot({ path: pngPath, fullPage: true })
    await page.addStyleTag({ content: 'main{filter:grayscale(1)}' })
    const greyPath = join(outDir, 'contact-sheet-grey.png')
    await page.screenshot({ path: greyPath, fullPage: true })
    console.log(`Wrote ${htmlPath}\nWrote ${pngPath}\nWrote ${greyPath}`)
  } finally {
    await browser.close()
  }
}

await main()
