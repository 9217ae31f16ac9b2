/** Inclusive code point ranges, sorted and not overlapping, as read from a font's cmap. */
export type CodeRanges = readonly (readonly [number, number])[]

export function inRanges(ranges: CodeRanges, codePoint: number): boolean {
  let lo = 0
  let hi = ranges.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const [from, to] = ranges[mid]!
    if (codePoint < from) hi = mid - 1
    else if (codePoint > to) lo = mid + 1
    else return true
  }
  return false
}
