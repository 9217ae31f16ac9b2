import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

GlobalWorkerOptions.workerSrc = workerUrl

/**
 * Draws every page of a PDF into fresh canvases at the given CSS width, sharp on
 * high-density screens. pdf.js runs without eval, so the strict CSP holds.
 */
export async function renderPdfPages(pdf: Uint8Array, cssWidth: number): Promise<HTMLCanvasElement[]> {
  // pdf.js takes ownership of the buffer it is given; hand it a copy.
  const document = await getDocument({ data: pdf.slice(), isEvalSupported: false }).promise
  try {
    const canvases: HTMLCanvasElement[] = []
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
      canvas.setAttribute('aria-label', `Page ${number} of ${document.numPages}`)
      await page.render({ canvas, viewport }).promise
      canvases.push(canvas)
    }
    return canvases
  } finally {
    await document.destroy()
  }
}
