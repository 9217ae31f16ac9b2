import { GlobalWorkerOptions, PDFWorker, getDocument } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

GlobalWorkerOptions.workerSrc = workerUrl

// Starting pdf.js's worker took longer than drawing both pages of a handout (0.6 of 0.9 s here),
// and without one of our own every preview started and ended its own. The preview starts this one
// as it opens, while main is still making the PDF, and ends it when it closes.
let worker: PDFWorker | undefined

export function startPdfWorker(): PDFWorker {
  if (!worker || worker.destroyed) worker = new PDFWorker()
  return worker
}

export function stopPdfWorker() {
  worker?.destroy()
  worker = undefined
}

/**
 * Draws each page of a PDF into a fresh canvas at the given CSS width, sharp on high-density
 * screens, yielding each as soon as it is drawn. pdf.js runs without eval, so the strict CSP holds.
 */
export async function* drawPdfPages(pdf: Uint8Array, cssWidth: number, pageLabel: (number: number, total: number) => string): AsyncGenerator<HTMLCanvasElement> {
  // pdf.js takes ownership of the buffer it is given; hand it a copy.
  const document = await getDocument({ data: pdf.slice(), isEvalSupported: false, worker: startPdfWorker() }).promise
  try {
    const density = window.devicePixelRatio || 1
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const unscaled = page.getViewport({ scale: 1 })
      const viewport = page.getViewport({ scale: (cssWidth / unscaled.width) * density })
      const canvas = window.document.createElement('canvas')
      canvas.width = Math.floor(viewport.width)
      canvas.height = Math.floor(viewport.height)
      canvas.style.width = `${cssWidth}px`
      canvas.setAttribute('role', 'img')
      canvas.setAttribute('aria-label', pageLabel(number, document.numPages))
      await page.render({ canvas, viewport }).promise
      yield canvas
    }
  } finally {
    await document.destroy()
  }
}
