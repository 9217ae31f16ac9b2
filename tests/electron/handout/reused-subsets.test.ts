import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { describe, expect, it } from 'vitest'
import { pdfmakeReady } from '../../../electron/main/handout/pdfmake-setup'
import { forgetSubsets } from '../../../electron/main/handout/shared-fonts'
import { flat, pdfText, renderPages, savePdf } from './pdf-tools'

async function render(text: string): Promise<{ text: string; rgb: Buffer }> {
  const pdfmake = await pdfmakeReady()
  const doc: TDocumentDefinitions = { content: [{ text, fontSize: 30 }, { text: `${text} in bold`, bold: true, fontSize: 30 }], pageSize: 'A6' }
  const path = savePdf(await pdfmake.createPdf(doc).getBuffer())
  return { text: flat(pdfText(path)).trim(), rgb: renderPages(path, 40)[0]!.rgb }
}

describe('font files reused between documents', { timeout: 60_000 }, () => {
  it('print the same glyphs as the document that made them, and another text its own', async () => {
    forgetSubsets()
    const other = await render('Bristol Harbour 496')
    forgetSubsets()
    const first = await render('Quay Street 0117')
    const again = await render('Quay Street 0117')
    const otherAgain = await render('Bristol Harbour 496')
    expect(first.text).toBe('Quay Street 0117 Quay Street 0117 in bold')
    expect(again).toEqual(first)
    expect(other.text).toBe('Bristol Harbour 496 Bristol Harbour 496 in bold')
    // Made after the first text's files were kept: its own glyphs, as when made afresh.
    expect(otherAgain).toEqual(other)
  })
})
