/** Plan + client + settings → a pdfmake document definition for the patient handout (pure). */
export { buildHandout, type BuiltHandout } from './build-handout'
export { canPrint, cleanText, type CleanText } from './glyphs'
export { formatLongDate } from './format-date'
export type { HandoutInput, HandoutLibrary, HandoutLogo, HandoutOptions, HandoutWarning, HandoutWarningCode } from './types'
