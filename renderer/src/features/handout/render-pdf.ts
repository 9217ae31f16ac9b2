import { GlobalWorkerOptions, PDFWorker, getDocument } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

GlobalWorkerOptions.workerSrc = workerUrl

// Starting a pdf.js worker costs about 0.2 s here: rather than one per version drawn, one is
// started as the preview opens (while main is still making the PDF) and kept while it is held.
let worker: PDFWorker | undefined
let holders = 0

const runningWorker = (): PDFWorker => (worker && !worker.destroyed ? worker : (worker = new PDFWorker()))

/** Starts the worker, or keeps the running one, until the returned release is called. */
export function holdPdfWorker(): () => void {
  holders++
  runningWorker()
  let held = true
  return () => {
    if (!held) return
    held = false
    if (--holders > 0) return
    worker?.destroy()
    worker = undefined
  }
}

/**
 * Draws each page of a PDF into a fresh canvas at the given CSS width, sharp on high-density
 * screens, yielding each as soon as it is drawn. pdf.js runs without eval, so the strict CSP holds.
 */
export async function* drawPdfPages(pdf: Uint8Array, cssWidth: number, pageLabel: (number: number, total: number) => string): AsyncGenerator<HTMLCanvasElement> {
  // pdf.js takes ownership of the buffer it is given; hand it a copy.
  const document = await getDocument({ data: pdf.slice(), isEvalSupported: false, worker: runningWorker() }).promise
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
