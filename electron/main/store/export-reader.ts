import { yieldToLoop } from './event-loop'

/**
 * For loops of uneven work (parsing, sealing): yields once `budgetMs` of work has run since the
 * last yield, so no slice blocks main for long however slow the machine or large the record.
 */
export function timeSlicer(budgetMs = 15): () => Promise<void> {
  let since = performance.now()
  return async () => {
    if (performance.now() - since < budgetMs) return
    await yieldToLoop()
    since = performance.now()
  }
}

const sliceBytes = 4_000_000

/** Where one client record lies in the export's bytes. */
export type Span = readonly [start: number, end: number]

/**
 * Splits an export's UTF-8 bytes into its top-level object without the clients (small, parsed
 * at once) and where each client record lies (decoded and parsed one at a time), so that a
 * 10,000-client file never becomes one huge string, one huge parse that blocks the main
 * process, or one huge object tree in memory. It scans bytes: in UTF-8, the quote, backslash
 * and bracket bytes never occur inside another character. The scan knows only JSON's strings
 * and brackets; anything it cannot place is left for JSON.parse to refuse.
 */
export async function splitExport(text: Buffer): Promise<{ rest: string; clients: Span[]; stray: boolean }> {
  const clients: Span[] = []
  /** Something in the clients list that is not a record: the file is refused, nothing is skipped silently. */
  let stray = false
  let depth = 0
  let lastKeyAtTop = ''
  let arrayStart = -1
  let arrayEnd = -1
  let elementStart = -1
  let nextYield = sliceBytes
  for (let i = 0; i < text.length; i++) {
    if (i >= nextYield) {
      nextYield += sliceBytes
      await yieldToLoop()
    }
    const c = text[i]!
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i)
      if (depth === 1) lastKeyAtTop = end - i === 8 ? text.toString('utf8', i + 1, end) : ''
      else if (depth === 2 && arrayStart !== -1 && arrayEnd === -1) stray = true
      i = end
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth === 1 && c === 0x5b && lastKeyAtTop === 'clients' && arrayStart === -1) arrayStart = i
      else if (depth === 2 && arrayStart !== -1 && arrayEnd === -1) {
        if (c === 0x7b) elementStart = i
        else stray = true
      }
      depth += 1
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth -= 1
      if (depth === 2 && elementStart !== -1 && c === 0x7d) {
        clients.push([elementStart, i + 1])
        elementStart = -1
      } else if (depth === 1 && arrayStart !== -1 && arrayEnd === -1) arrayEnd = i
    } else if (depth === 2 && arrayStart !== -1 && arrayEnd === -1 && c !== 0x2c && c > 0x20) {
      stray = true
    }
  }
  if (arrayStart === -1 || arrayEnd === -1) return { rest: text.toString('utf8'), clients: [], stray }
  return { rest: `${text.toString('utf8', 0, arrayStart)}[]${text.toString('utf8', arrayEnd + 1)}`, clients, stray }
}

/** The index of the quote that closes the string opening at `start`. */
function stringEnd(text: Buffer, start: number): number {
  let i = start
  for (;;) {
    i = text.indexOf(0x22, i + 1)
    if (i === -1) return text.length
    let backslashes = 0
    while (text[i - 1 - backslashes] === 0x5c) backslashes += 1
    if (backslashes % 2 === 0) return i
  }
}
