import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import pdfmake from 'pdfmake'
import { shareParsedFonts } from './shared-fonts'

const require = createRequire(import.meta.url)

/** Roboto as shipped with pdfmake: Latin, Greek and Cyrillic (see shared/handout/glyphs.ts). */
export function robotoFiles(): Record<'normal' | 'bold' | 'italics' | 'bolditalics', string> {
  const dir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto')
  return {
    normal: join(dir, 'Roboto-Regular.ttf'),
    bold: join(dir, 'Roboto-Medium.ttf'),
    italics: join(dir, 'Roboto-Italic.ttf'),
    bolditalics: join(dir, 'Roboto-MediumItalic.ttf')
  }
}

let ready: Promise<typeof pdfmake> | undefined

/**
 * Registers the fonts once per process, denies every URL and every local file except the fonts,
 * and shares parsed fonts across documents. A first small document warms the font caches.
 */
export function pdfmakeReady(): Promise<typeof pdfmake> {
  ready ??= (async () => {
    const files = robotoFiles()
    const allowed = new Set(Object.values(files).map((file) => resolve(file)))
    pdfmake.setFonts({ Roboto: files })
    pdfmake.setUrlAccessPolicy(() => false)
    pdfmake.setLocalAccessPolicy((path) => allowed.has(resolve(path)))
    const sample = await pdfmake.createPdf({ content: '' }).getStream()
    shareParsedFonts(sample)
    sample.end()
    const styles = ['normal', 'bold', 'italics', 'bolditalics'].map((style) => ({ text: 'Warm up 0123', bold: style.startsWith('bold'), italics: style.endsWith('italics') }))
    await pdfmake.createPdf({ content: styles }).getBuffer()
    return pdfmake
  })()
  return ready
}
