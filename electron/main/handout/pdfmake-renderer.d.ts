// pdfmake's internal classes, reached by electron/main/handout/merge-inlines.ts and style-once.ts (no published types).
declare module 'pdfmake/js/Renderer.js' {
  const renderer: unknown
  export default renderer
}
declare module 'pdfmake/js/TextInlines.js' {
  const textInlines: unknown
  export default textInlines
}
declare module 'pdfmake/js/StyleContextStack.js' {
  const styleContextStack: unknown
  export default styleContextStack
}
declare module 'pdfmake/js/TextBreaker.js' {
  const textBreaker: unknown
  export default textBreaker
}
