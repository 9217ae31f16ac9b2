/**
 * Many saves may run at once (each still serialised per document); a snapshot, a restore or
 * an import runs alone, so a backup never holds a client file without its matching list entry.
 */
export class RwLock {
  private readers = 0
  private writer: Promise<void> | null = null
  private drained: (() => void) | null = null

  async shared<T>(task: () => Promise<T>): Promise<T> {
    while (this.writer) await this.writer
    this.readers += 1
    try {
      return await task()
    } finally {
      this.readers -= 1
      if (this.readers === 0) this.drained?.()
    }
  }

  async exclusive<T>(task: () => Promise<T>): Promise<T> {
    while (this.writer) await this.writer
    let release!: () => void
    this.writer = new Promise((resolve) => (release = resolve))
    try {
      if (this.readers > 0) await new Promise<void>((resolve) => (this.drained = resolve))
      this.drained = null
      return await task()
    } finally {
      this.writer = null
      release()
    }
  }
}
