export interface Point { x: number; y: number }
export interface Subpath { points: Point[]; closed: boolean }

const TOKEN = /([MmLlHhVvQqCcZz])|(-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/g
/** Straight segments per curve: plenty for drawings a few centimetres wide. */
const CURVE_STEPS = 12

function tokenize(d: string): (string | number)[] | null {
  const tokens: (string | number)[] = []
  let consumed = 0
  for (const match of d.matchAll(TOKEN)) {
    if (d.slice(consumed, match.index).replace(/[\s,]/g, '') !== '') return null
    tokens.push(match[1] ?? Number(match[2]))
    consumed = match.index + match[0].length
  }
  return d.slice(consumed).trim() === '' ? tokens : null
}

const arity: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, q: 4, c: 6, z: 0 }

function bezier(points: Point[], from: Point, controls: Point[]): void {
  const all = [from, ...controls]
  for (let step = 1; step <= CURVE_STEPS; step++) {
    const t = step / CURVE_STEPS
    let level = all
    while (level.length > 1) {
      level = level.slice(1).map((p, i) => ({ x: level[i]!.x + (p.x - level[i]!.x) * t, y: level[i]!.y + (p.y - level[i]!.y) * t }))
    }
    points.push(level[0]!)
  }
}

/**
 * Turns SVG path data (M L H V Q C Z, absolute or relative) into polylines, curves flattened.
 * Returns null for commands it does not handle (arcs, smooth curves), so the caller can fall back.
 */
export function parsePathData(d: string): Subpath[] | null {
  const tokens = tokenize(d)
  if (!tokens) return null
  const subpaths: Subpath[] = []
  let current: Subpath | undefined
  let pen: Point = { x: 0, y: 0 }
  let start: Point = pen
  let command = ''
  let i = 0
  while (i < tokens.length) {
    if (typeof tokens[i] === 'string') command = tokens[i++] as string
    else if (command === '' || command.toLowerCase() === 'z') return null
    const lower = command.toLowerCase()
    const args = tokens.slice(i, i + arity[lower]!)
    if (args.length !== arity[lower] || args.some((a) => typeof a !== 'number')) return null
    i += args.length
    const n = args as number[]
    const relative = command === lower
    const at = (k: number): Point => ({ x: n[k]! + (relative ? pen.x : 0), y: n[k + 1]! + (relative ? pen.y : 0) })
    switch (lower) {
      case 'm':
        pen = at(0)
        start = pen
        current = { points: [pen], closed: false }
        subpaths.push(current)
        command = relative ? 'l' : 'L'
        continue
      case 'z':
        if (current) current.closed = true
        pen = start
        current = undefined
        continue
    }
    if (!current) {
      current = { points: [pen], closed: false }
      subpaths.push(current)
    }
    if (lower === 'l') pen = at(0)
    else if (lower === 'h') pen = { x: n[0]! + (relative ? pen.x : 0), y: pen.y }
    else if (lower === 'v') pen = { x: pen.x, y: n[0]! + (relative ? pen.y : 0) }
    else {
      const controls = lower === 'q' ? [at(0), at(2)] : [at(0), at(2), at(4)]
      bezier(current.points, pen, controls)
      pen = controls[controls.length - 1]!
      continue
    }
    current.points.push(pen)
  }
  return subpaths
}
