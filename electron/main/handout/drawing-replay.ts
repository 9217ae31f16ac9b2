import { DRAWING_VECTORS, type PanelDrawing } from '../../../shared/handout'
import { drawingOperators, number } from './drawing-operators'
import { rendererPrototype } from './renderer-prototype'

/**
 * A drawing is hundreds of vectors, and pdfmake writes each on its own (line width, dash, join,
 * cap, the path, the colour and its opacity state): with laying them out, about a fifth of a
 * handout's render time. shared/handout sends a drawing as its panel, one rect vector carrying
 * the drawing's vectors (DRAWING_VECTORS). Here the panel is painted as pdfmake paints any rect;
 * the drawing's operators are written once per drawing and size (by drawing-operators.ts, or by
 * pdfmake's own renderVector, collected instead of written) and replayed wherever a panel lands, moved there by a transform
 * inside q … Q. The operators are the same in every document except the opacity states, named per
 * document: they are left out of the copy and set (opaque, as every drawing is) before it.
 * The internals reached, as pdfmake 0.3.11 and pdfkit 0.19 define them: Renderer.prototype
 * .renderVector(vector) with `this.pdfDocument`, and the document's addContent(text),
 * fillOpacity(n) and strokeOpacity(n).
 */
export interface PdfDocument {
  /** Text gets a line break after it; bytes are written as they are. */
  addContent(content: string | Buffer): PdfDocument
  fillOpacity(opacity: number): PdfDocument
  strokeOpacity(opacity: number): PdfDocument
}
interface Vector { x: number; y: number; [DRAWING_VECTORS]?: PanelDrawing }
export type RenderVector = (this: { pdfDocument: PdfDocument }, vector: Vector) => void

const OPACITY_STATE = / gs$/
const written = new WeakMap<PanelDrawing, Buffer>()

/** The drawing's operators and the Q that ends it, as bytes, made once: the same in every document. */
function operatorsOf(drawing: PanelDrawing, self: { pdfDocument: PdfDocument }, renderVector: RenderVector): Buffer {
  const known = written.get(drawing)
  if (known !== undefined) return known
  const text = drawingOperators(drawing.vectors) ?? collectedOperators(drawing, self, renderVector)
  const operators = Buffer.from(`${text}Q\n`, 'binary')
  written.set(drawing, operators)
  return operators
}

/**
 * What pdfmake's renderVector writes for the drawing's vectors, without the opacity states:
 * for a drawing drawingOperators cannot write, and as the reference it is tested against.
 */
export function collectedOperators(drawing: PanelDrawing, self: { pdfDocument: PdfDocument }, renderVector: RenderVector): string {
  const doc = self.pdfDocument
  const collected: string[] = []
  // An own property over the prototype's method, removed again at once.
  Object.defineProperty(doc, 'addContent', {
    configurable: true,
    value(text: string) {
      if (!OPACITY_STATE.test(text)) collected.push(`${text}\n`)
      return doc
    }
  })
  try {
    // The stored vectors are frozen and drawn at the panel's top left (0, 0); pdfmake's renderVector
    // only reads a plain colour's vector.
    for (const vector of drawing.vectors) renderVector.call(self, vector as unknown as Vector)
  } finally {
    delete (doc as Partial<PdfDocument>).addContent
  }
  return collected.join('')
}

/** `rendererModule` is pdfmake's js/Renderer.js as imported (its class is the default export). */
export function replayDrawingsWhenRendering(rendererModule: unknown): void {
  const proto = rendererPrototype(rendererModule, 'renderVector', 'write the drawings') as unknown as { renderVector: RenderVector }
  if (Object.prototype.hasOwnProperty.call(proto, '__replaysDrawings')) return
  const renderVector = proto.renderVector
  proto.renderVector = function (this: { pdfDocument: PdfDocument }, vector: Vector) {
    renderVector.call(this, vector)
    const drawing = vector[DRAWING_VECTORS]
    if (!drawing) return
    const operators = operatorsOf(drawing, this, renderVector)
    const doc = this.pdfDocument
    doc.fillOpacity(1)
    doc.strokeOpacity(1)
    doc.addContent(`q\n1 0 0 1 ${number(vector.x)} ${number(vector.y)} cm`)
    doc.addContent(operators)
  }
  Object.defineProperty(proto, '__replaysDrawings', { value: true })
}
