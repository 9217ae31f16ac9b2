import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** poppler-utils, as a patient's PDF viewer would read the file. */
const dir = mkdtempSync(join(tmpdir(), 'physioplan-handout-test-'))
let counter = 0

export function savePdf(pdf: Buffer): string {
  const path = join(dir, `handout-${++counter}.pdf`)
  writeFileSync(path, pdf)
  return path
}

export function pdfText(path: string, layout = false): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), path, '-'], { encoding: 'utf8' })
}

/** The printed body: pdftotext output without the running header, footer and page numbers. */
export function bodyText(path: string, runningHeader: string): string {
  return pdfText(path).split('\n')
    .filter((line) => !/^Made for you by your physiotherapist|^from your doctor\.$|^Page \d+ of \d+$/.test(line.trim()) && line.trim() !== runningHeader && line.trim() !== '\f')
    .join('\n')
}

/** Text with every run of whitespace (line breaks, hyphen-free wraps) made one space. */
export const flat = (text: string) => text.replace(/\s+/g, ' ')

export function pageCount(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
}

export interface Word { page: number; pageWidth: number; pageHeight: number; xMin: number; yMin: number; xMax: number; yMax: number; text: string }

export function words(path: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const found: Word[] = []
  let page = 0
  let size = { w: 0, h: 0 }
  for (const line of html.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line)
    if (p) {
      page++
      size = { w: Number(p[1]), h: Number(p[2]) }
      continue
    }
    const w = /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*)<\/word>/.exec(line)
    if (w) found.push({ page, pageWidth: size.w, pageHeight: size.h, xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]), text: w[5]! })
  }
  return found
}

/** Words that reach into the outer `inset` points of the page, where printers cut or crop. */
export function wordsNearEdge(path: string, inset = 18): Word[] {
  return words(path).filter((w) => w.xMin < inset || w.yMin < inset || w.xMax > w.pageWidth - inset || w.yMax > w.pageHeight - inset)
}

/** Renders every page with pdftoppm; returns one RGB pixel buffer per page. */
export function renderPages(path: string, dpi = 30): { width: number; height: number; rgb: Buffer }[] {
  const out = mkdtempSync(join(dir, 'pages-'))
  execFileSync('pdftoppm', ['-r', String(dpi), path, join(out, 'p')])
  return readdirSync(out).sort().map((file) => {
    const data = readFileSync(join(out, file))
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1'))
    if (!header) throw new Error(`pdftoppm wrote an unexpected file ${file}`)
    return { width: Number(header[1]), height: Number(header[2]), rgb: data.subarray(header[0].length) }
  })
}

/** How many pixels are within `tolerance` of a colour such as '#dcebee'. */
export function countColour(page: { rgb: Buffer }, hex: string, tolerance = 6): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]
  let count = 0
  for (let i = 0; i + 2 < page.rgb.length; i += 3) {
    if (Math.abs(page.rgb[i]! - r) <= tolerance && Math.abs(page.rgb[i + 1]! - g) <= tolerance && Math.abs(page.rgb[i + 2]! - b) <= tolerance) count++
  }
  return count
}

export function imageList(path: string): string[] {
  return execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '')
}

/** The font names embedded in the PDF, subset tags removed ("Roboto-Regular", "DejaVuSans-Bold"). */
export function fontNames(path: string): string[] {
  return execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2)
    .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).filter(Boolean)
}

export interface TextLine { page: number; pageHeight: number; xMin: number; yMin: number; yMax: number; text: string }

/** Every line of text as poppler lays it out (pdftotext -bbox-layout), page by page in reading order. */
export function textLines(path: string): TextLine[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const found: TextLine[] = []
  let page = 0
  let pageHeight = 0
  let line: TextLine | undefined
  const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;|&#39;/g, "'")
  for (const row of html.split('\n')) {
    const p = /<page width="[\d.]+" height="([\d.]+)"/.exec(row)
    if (p) {
      page++
      pageHeight = Number(p[1])
      continue
    }
    const l = /<line xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="[\d.-]+" yMax="([\d.-]+)">/.exec(row)
    if (l) {
      line = { page, pageHeight, xMin: Number(l[1]), yMin: Number(l[2]), yMax: Number(l[3]), text: '' }
      found.push(line)
      continue
    }
    const w = /<word [^>]*>(.*)<\/word>/.exec(row)
    if (w && line) line.text += (line.text ? ' ' : '') + decode(w[1]!)
  }
  return found
}
