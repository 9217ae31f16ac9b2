// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient declaration for an untyped pdfmake file, needed by every tsconfig that reaches this one
/// <reference path="./pdfmake-renderer.d.ts" />
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import type pdfmakeModule from 'pdfmake'
import { FALLBACK_FONT, usePreparedDrawings } from '../../../shared/handout'
import { replayDrawingsWhenRendering } from './drawing-replay'
import { layOutWordsInPlace } from './layout-in-place'
import { mergeInlinesWhenRendering } from './merge-inlines'
import { preparedDrawing } from './prepared-drawings'
import { loadPreparedWordLayouts } from './prepared-word-layouts'
import { deflateStreamsQuickly } from './quick-deflate'
import { shareParsedFonts } from './shared-fonts'
import { resolveStylesOncePerText } from './style-once'
import { usePreparedWordLayouts } from './word-layouts'

// Not named `require`: the ESM main bundle declares its own top-level `require` shim.
const resolveFrom = createRequire(import.meta.url)

/** Roboto as shipped with pdfmake: Latin, Greek and Cyrillic (see shared/handout/glyphs.ts). */
export function robotoFiles(): Record<'normal' | 'bold' | 'italics' | 'bolditalics', string> {
  const dir = join(dirname(resolveFrom.resolve('pdfmake/package.json')), 'fonts', 'Roboto')
  return {
    normal: join(dir, 'Roboto-Regular.ttf'),
    bold: join(dir, 'Roboto-Medium.ttf'),
    italics: join(dir, 'Roboto-Italic.ttf'),
    bolditalics: join(dir, 'Roboto-MediumItalic.ttf')
  }
}

/**
 * DejaVu Sans from the dejavu-fonts-ttf package: the fallback for characters Roboto lacks
 * (see shared/handout/dejavu-glyphs.ts). pdfmake opens a font only when a text uses it, so a
 * handout without such characters never parses or embeds it.
 */
export function dejavuFiles(): Record<'normal' | 'bold' | 'italics' | 'bolditalics', string> {
  const dir = join(dirname(resolveFrom.resolve('dejavu-fonts-ttf/package.json')), 'ttf')
  return {
    normal: join(dir, 'DejaVuSans.ttf'),
    bold: join(dir, 'DejaVuSans-Bold.ttf'),
    italics: join(dir, 'DejaVuSans-Oblique.ttf'),
    bolditalics: join(dir, 'DejaVuSans-BoldOblique.ttf')
  }
}

let ready: Promise<typeof pdfmakeModule> | undefined

/**
 * Registers the fonts once per process, denies every URL and every local file except the
 * fonts, shares parsed fonts across documents, compresses streams at a quicker level and joins
 * their small writes (all found through one empty document), and writes each drawing once.
 */
export function pdfmakeReady(): Promise<typeof pdfmakeModule> {
  ready ??= (async () => {
    // Loaded on first use: pdfmake and its font stack take longer to load than the app takes to start.
    const { default: pdfmake } = await import('pdfmake')
    const fonts = { Roboto: robotoFiles(), [FALLBACK_FONT]: dejavuFiles() }
    const allowed = new Set(Object.values(fonts).flatMap((files) => Object.values(files).map((file) => resolve(file))))
    pdfmake.setFonts(fonts)
    pdfmake.setUrlAccessPolicy(() => false)
    pdfmake.setLocalAccessPolicy((path) => allowed.has(resolve(path)))
    const sample = await pdfmake.createPdf({ content: '' }).getStream()
    shareParsedFonts(sample)
    if (loadPreparedWordLayouts) usePreparedWordLayouts(sample, loadPreparedWordLayouts)
    if (preparedDrawing) usePreparedDrawings(preparedDrawing)
    deflateStreamsQuickly(sample)
    layOutWordsInPlace(sample)
    const renderer = await import('pdfmake/js/Renderer.js')
    mergeInlinesWhenRendering(renderer)
    replayDrawingsWhenRendering(renderer)
    resolveStylesOncePerText(await import('pdfmake/js/TextInlines.js'), await import('pdfmake/js/StyleContextStack.js'))
    sample.end()
    return pdfmake
  })()
  return ready
}

/**
 * Parses the fonts and warms the layout code with a small document, so the first handout a
 * clinician previews is as quick as the rest. Call it when the app is idle after start-up.
 */
export async function warmUpHandoutRenderer(): Promise<void> {
  const ready = await pdfmakeReady()
  const styles = [false, true].flatMap((bold) => [false, true].map((italics) => ({ text: 'Warm up 0123 · éß', bold, italics })))
  await ready.createPdf({ content: styles }).getBuffer()
}
