import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { pdfmakeReady } from '../../../electron/main/handout/pdfmake-setup'

interface Ref { data: Record<string, unknown>; uncompressedLength: number; write(chunk: unknown): void; end(chunk?: unknown): void }
interface Doc { ref(data: object): Ref; on(event: 'data' | 'end', listener: (chunk: Buffer) => void): void; end(): void }

async function written(data: object, chunks: unknown[]): Promise<{ ref: Ref; bytes: Buffer }> {
  const pdfmake = await pdfmakeReady()
  const doc = (await pdfmake.createPdf({ content: '' }).getStream()) as unknown as Doc
  const out: Buffer[] = []
  doc.on('data', (chunk) => out.push(chunk))
  const ended = new Promise((resolve) => doc.on('end', resolve))
  const ref = doc.ref(data)
  for (const chunk of chunks) ref.write(chunk)
  ref.end()
  doc.end()
  await ended
  return { ref, bytes: Buffer.concat(out) }
}

const streamOf = (bytes: Buffer) => {
  const start = bytes.indexOf('stream\n') + 'stream\n'.length
  return bytes.subarray(start, bytes.indexOf('\nendstream', start))
}

describe('PDF streams', { timeout: 60_000 }, () => {
  it('keep text and bytes in the order written, with a line break after each text, and count their length', async () => {
    const chunks = ['BT', Buffer.from('<00ff>'), '1 0 0 1 10 20 Tm', 'ET', 'caf\u00e9']
    const { ref, bytes } = await written({ Filter: 'None' }, chunks)
    const expected = Buffer.concat([Buffer.from('BT\n'), Buffer.from('<00ff>'), Buffer.from('1 0 0 1 10 20 Tm\nET\ncaf\u00e9\n', 'binary')])
    expect(streamOf(bytes)).toEqual(expected)
    expect(ref.uncompressedLength).toBe(expected.length)
    expect(ref.data.Length).toBe(expected.length)
  })

  it('are deflated, and inflate back to what was written', async () => {
    const { ref, bytes } = await written({}, ['q', '0.5 w', Buffer.from('raw'), 'Q'])
    expect(ref.data.Filter).toBe('FlateDecode')
    expect(inflateSync(streamOf(bytes)).toString('binary')).toBe('q\n0.5 w\nrawQ\n')
  })

  it('keep the order of thousands of writes, a long text run turned into bytes on the way', async () => {
    const ops = Array.from({ length: 3000 }, (_, i) => `${i} ${i * 2} l`)
    const chunks = [...ops.slice(0, 1500), Buffer.from('<raw>'), ...ops.slice(1500)]
    const { ref, bytes } = await written({}, chunks)
    const expected = `${ops.slice(0, 1500).join('\n')}\n<raw>${ops.slice(1500).join('\n')}\n`
    expect(inflateSync(streamOf(bytes)).toString('binary')).toBe(expected)
    expect(ref.uncompressedLength).toBe(expected.length)
  })
})
