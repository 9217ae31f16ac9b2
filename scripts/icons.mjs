// Rasterises the one source drawing (build/icon.svg) into build/icons/<size>x<size>.png with
// Chromium. Run once after changing the drawing (`npm run icons`) and commit the PNGs;
// electron-builder makes the .icns and .ico from the 1024 and 256 pixel images.
import { chromium } from '@playwright/test'
import { mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const svg = readFileSync(join(root, 'build/icon.svg'), 'utf8')
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
const outDir = join(root, 'build/icons')
mkdirSync(outDir, { recursive: true })

const browser = await chromium.launch({ executablePath: process.env.PHYSIOPLAN_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] })
try {
  const page = await browser.newPage()
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size })
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`)
    await page.screenshot({ path: join(outDir, `${size}x${size}.png`), omitBackground: true })
  }
} finally {
  await browser.close()
}
console.log(`Wrote ${sizes.length} icons to ${outDir}`)
