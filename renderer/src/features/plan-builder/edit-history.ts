/**
 * Undo and redo by snapshots of the whole draft. A plan holds at most 60 items, so a snapshot
 * is a few kilobytes and restoring one is a single assignment, however complex the edit was.
 * Typing into one field merges into one step (same `mergeKey` within `mergeMs`), so Ctrl+Z
 * takes back a word or a dose, not one keystroke.
 */
export interface EditHistory<T> {
  /** Call with the state as it was before an edit. */
  record(before: T, mergeKey?: string): void
  undo(current: T): T | undefined
  redo(current: T): T | undefined
  reset(): void
  readonly canUndo: boolean
  readonly canRedo: boolean
}

export function createEditHistory<T>(clone: (value: T) => T, limit = 100, mergeMs = 1000, now = () => Date.now()): EditHistory<T> {
  let past: T[] = []
  let future: T[] = []
  let last: { key: string; at: number } | undefined

  /** Moves one state from one stack to the other, leaving the current state in its place. */
  function step(from: T[], to: T[], current: T): T | undefined {
    const state = from.pop()
    if (state === undefined) return undefined
    to.push(clone(current))
    last = undefined
    return state
  }

  return {
    record(before, mergeKey) {
      const at = now()
      const merges = mergeKey !== undefined && last?.key === mergeKey && at - last.at < mergeMs
      last = mergeKey === undefined ? undefined : { key: mergeKey, at }
      future = []
      if (merges) return
      past.push(clone(before))
      if (past.length > limit) past.shift()
    },
    undo: (current) => step(past, future, current),
    redo: (current) => step(future, past, current),
    reset() {
      past = []
      future = []
      last = undefined
    },
    get canUndo() {
      return past.length > 0
    },
    get canRedo() {
      return future.length > 0
    }
  }
}
