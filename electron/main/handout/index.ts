/** PDF rendering of the patient handout with pdfmake in Node; Electron-free. */
export { renderHandoutPdf, type RenderHandoutInput, type RenderedHandout } from './render-handout'
export { loadLogo, LOGO_MAX_BYTES, LOGO_MAX_PIXELS, type LogoResult } from './logo'
export { pdfmakeReady, warmUpHandoutRenderer } from './pdfmake-setup'
