/** The handout's look: calm, clinical, one teal accent (matches the app and the drawings). */
export const colours = {
  text: '#1f2d33',
  muted: '#56676e',
  accent: '#147d78',
  accentSoft: '#e8f3f2',
  rule: '#d3e2e0',
  drawingPanel: '#f3f7f7',
  noteBackground: '#f6f1e4',
  noteBorder: '#e4d6b3',
  alert: '#a8322a',
  alertSoft: '#fcf1ef',
  chartLine: '#9fb5b2',
  chartHeader: '#e8f3f2'
} as const

export interface TypeScale {
  body: number
  small: number
  name: number
  heading: number
  title: number
  lineHeight: number
}

/** Large print keeps every size at 14 pt or more, as older patients need. */
export function typeScale(largePrint: boolean): TypeScale {
  return largePrint
    ? { body: 14, small: 14, name: 18, heading: 18, title: 26, lineHeight: 1.3 }
    : { body: 10.5, small: 8.5, name: 13, heading: 13, title: 20, lineHeight: 1.25 }
}

export interface PageMetrics {
  width: number
  height: number
  margins: [number, number, number, number]
  /** Width and height available to the flowing content. */
  bodyWidth: number
  bodyHeight: number
}

const PAPER = { A4: [595.28, 841.89], Letter: [612, 792] } as const

export function pageMetrics(paper: keyof typeof PAPER, largePrint: boolean): PageMetrics {
  const [width, height] = PAPER[paper]
  const margins: [number, number, number, number] = [46, largePrint ? 50 : 44, 46, largePrint ? 78 : 54]
  return { width, height, margins, bodyWidth: width - margins[0] - margins[2], bodyHeight: height - margins[1] - margins[3] }
}
