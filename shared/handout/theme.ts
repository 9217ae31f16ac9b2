/**
 * The handout's look: calm, clinical, one teal accent (matches the app and the drawings).
 * Every text colour has at least 4.5:1 contrast on the backgrounds it is printed on (tested). */
export const colours = {
  text: '#1f2d33',
  muted: '#4a5a61',
  accent: '#11706b',
  accentSoft: '#e8f3f2',
  rule: '#d3e2e0',
  drawingPanel: '#f3f7f7',
  noteBackground: '#f6f1e4',
  noteBorder: '#e4d6b3',
  alert: '#a8322a',
  alertSoft: '#fcf1ef',
  chartLine: '#7f9996',
  noteLabel: '#6b5520',
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

/**
 * Sizes older readers can follow: body 12 pt and nothing under 10 pt; large print sets the body
 * at 16 pt and nothing under 14 pt.
 */
export function typeScale(largePrint: boolean): TypeScale {
  return largePrint
    ? { body: 16, small: 14, name: 20, heading: 20, title: 28, lineHeight: 1.3 }
    : { body: 12, small: 10, name: 14, heading: 15, title: 22, lineHeight: 1.2 }
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
  const margins: [number, number, number, number] = [46, largePrint ? 50 : 40, 46, largePrint ? 78 : 44]
  return { width, height, margins, bodyWidth: width - margins[0] - margins[2], bodyHeight: height - margins[1] - margins[3] }
}
