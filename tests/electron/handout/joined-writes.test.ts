import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import pdfmake from 'pdfmake'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { describe, expect, it } from 'vitest'
import { joinTextWrites } from '../../../electron/main/handout/joined-writes'
import { robotoFiles } from '../../../electron/main/handout/pdfmake-setup'

interface Stream { buffer: Uint8Array[]; write(chunk: unknown): void; finalize(): void }

const logo = `data:image/png;base64,${readFileSync(join(import.meta.dirname, '../../../build/icons/48x48.png')).toString('base64')}`
// Text, a drawing, an image between them (a Buffer chunk), characters beyond Latin-1 and a second page.
const doc: TDocumentDefinitions = {
  info: { creationDate: new Date('2026-03-02T09:00:00Z') },
  content: [
    { text: 'Lie on your back — café, Ω', bold: true },
    { svg: '<svg width="60" height="40"><path d="M0 0 C10 20 30 20 40 0 L60 40" stroke="black" fill="none"/></svg>', width: 60, height: 40 },
    { image: logo, width: 24 },
    { text: 'Page two', pageBreak: 'before' }
  ]
}

describe('joined stream writes', () => {
  it('write a handout-like document byte for byte as pdfkit does with a Buffer per operation', async () => {
    pdfmake.setFonts({ Roboto: robotoFiles() })
    pdfmake.setUrlAccessPolicy(() => false)
    pdfmake.setLocalAccessPolicy(() => true)
    const before = await pdfmake.createPdf(doc).getBuffer()
    const sample = await pdfmake.createPdf({ content: '' }).getStream()
    joinTextWrites(sample)
    sample.end()
    const after = await pdfmake.createPdf(doc).getBuffer()
    const timeless = (pdf: Buffer) => pdf.toString('latin1').replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, '')
    expect(after.length).toBe(before.length)
    expect(timeless(after) === timeless(before), 'the PDF changed when its writes were joined').toBe(true)

    // The joining itself: text waits, a Buffer chunk or the end writes it in one piece, in order.
    const probe = await pdfmake.createPdf({ content: '' }).getStream()
    const content = (probe as unknown as { page: { content: Stream } }).page.content
    content.write(Buffer.from('START'))
    const chunks = content.buffer.length
    content.write('1 0 0 RG')
    content.write('0 0 m')
    expect(content.buffer.length).toBe(chunks)
    content.write(Buffer.from('BIN'))
    content.write('S')
    expect(content.buffer.slice(chunks).map((chunk) => Buffer.from(chunk).toString('latin1'))).toEqual(['1 0 0 RG\n0 0 m\n', 'BIN'])
    probe.end()
  })
})
