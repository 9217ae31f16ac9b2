// pdfmake's renderer class, reached by electron/main/handout/merge-inlines.ts (no published types).
declare module 'pdfmake/js/Renderer.js' {
  const renderer: unknown
  export default renderer
}
