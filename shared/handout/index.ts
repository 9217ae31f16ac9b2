/** Plan + client + settings → a pdfmake document definition for the patient handout (pure). */
export { buildHandout, type BuiltHandout } from './build-handout'
export { canPrint, canPrintFallback, cleanText, type CleanText } from './glyphs'
export { FALLBACK_FONT } from './text-runs'
export { formatLongDate } from './format-date'
export type { HandoutInput, HandoutLibrary, HandoutLogo, HandoutOptions, HandoutWarning, HandoutWarningCode } from './types'
export { DRAWING_VECTORS, type PanelDrawing } from './drawing/carried-vectors'
export { handoutDrawing, usePreparedDrawings } from './drawing/drawing-node'
