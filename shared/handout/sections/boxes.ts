import type { Content, ContentTable, CustomTableLayout } from 'pdfmake/interfaces'

/** A one-cell table used as a box: it may break across pages, unlike a fixed-height shape. */
export function box(content: Content[], style: { fill: string; border?: string; padding?: number; borderWidth?: number }): ContentTable {
  const padding = style.padding ?? 12
  const layout: CustomTableLayout = {
    hLineWidth: () => (style.border ? style.borderWidth ?? 1 : 0),
    vLineWidth: () => (style.border ? style.borderWidth ?? 1 : 0),
    hLineColor: () => style.border ?? style.fill,
    vLineColor: () => style.border ?? style.fill,
    paddingLeft: () => padding,
    paddingRight: () => padding,
    paddingTop: () => padding * 0.8,
    paddingBottom: () => padding * 0.8
  }
  return { table: { widths: ['*'], body: [[{ stack: content, fillColor: style.fill }]] }, layout }
}
