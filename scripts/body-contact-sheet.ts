/**
 * Contact sheets of every exercise drawing grouped by body area, in colour and in greyscale, one PNG
 * per area: out/illustrations/areas/<area>[-grey].png. Run: npx tsx scripts/body-contact-sheet.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { bodyAreas, exerciseAreas } from '../shared/domain'
import { hasPose, renderPoseSvg } from '../shared/illustration'
import { library } from '../shared/library'

const outDir = join(resolve(import.meta.dirname, '..'), 'out', 'illustrations', 'areas')
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function areaHtml(area: (typeof bodyAreas)[number], grey: boolean): string {
  const cells = library.exerciseList.filter((e) => exerciseAreas(e)[0] === area).map((e) => {
    const drawing = hasPose(e.poseId) ? renderPoseSvg(e.poseId, { width: 240, height: 180 }) : '<div class="none">No drawing yet</div>'
    return `<figure>${drawing}<figcaption><b>${escapeHtml(e.name)}</b><code>${escapeHtml(e.id)}</code></figcaption></figure>`
  })
  return `<!doctype html><meta charset="utf-8"><style>
body{font:13px system-ui,sans-serif;margin:16px;background:#f4f6f7;color:#263238${grey ? ';filter:grayscale(1)' : ''}}
main{display:grid;grid-template-columns:repeat(6,240px);gap:12px}h1{font-size:18px}
figure{margin:0;background:#fff;border-radius:8px;padding:4px 4px 8px;box-shadow:0 1px 2px #0001}
.none{height:180px;display:grid;place-items:center;color:#78909c;border:1px dashed #b0bec5}
figcaption{display:flex;flex-direction:column;padding:0 6px}code{color:#78909c;font-size:11px}
</style><h1>${area} (${cells.length})</h1><main>${cells.join('\n')}</main>`
}

mkdirSync(outDir, { recursive: true })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
try {
  const page = await browser.newPage({ viewport: { width: 1560, height: 600 } })
  for (const area of bodyAreas) {
    for (const grey of [false, true]) {
      const name = `${area}${grey ? '-grey' : ''}`
      writeFileSync(join(outDir, `${name}.html`), areaHtml(area, grey))
      await page.goto(`file://${join(outDir, `${name}.html`)}`)
      await page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true })
    }
  }
  console.log(`Wrote ${outDir}`)
} finally {
  await browser.close()
}
