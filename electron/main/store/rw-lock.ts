/**
 * Many saves may run at once (each still serialised per document); a snapshot, a restore or
 * an import runs alone, so a backup never holds a client file without its matching list entry.
 */
export class RwLock {
  private readers = 0
  private writer: Promise<void> | null = null
  private drained: (() => void) | null = null
  private readonly hurries: (() => void)[] = []

  /** `hurry` starts work held by holdFor that is waiting for later, whenever an exclusive task is waiting for it. */
  hurryWhenExclusive(hurry: () => void): void {
    this.hurries.push(hurry)
  }

  async shared<T>(task: () => Promise<T>): Promise<T> {
    while (this.writer) await this.writer
    this.readers += 1
    try {
      return await task()
    } finally {
      this.leave()
    }
  }

  /**
   * Keeps the lock shared until `work` settles: work that a task starts and does not wait for
   * (the client list written after a save is acknowledged). Call it from inside shared().
   */
  holdFor(work: Promise<unknown>): void {
    if (this.readers === 0) throw new Error('holdFor is called from inside shared()')
    this.readers += 1
    void work.then(() => this.leave(), () => this.leave())
  }

  private leave(): void {
    this.readers -= 1
    if (this.readers === 0) this.drained?.()
  }

  async exclusive<T>(task: () => Promise<T>): Promise<T> {
    while (this.writer) await this.writer
    let release!: () => void
    this.writer = new Promise((resolve) => (release = resolve))
    try {
      if (this.readers > 0) {
        const drained = new Promise<void>((resolve) => (this.drained = resolve))
        for (const hurry of this.hurries) hurry()
        await drained
      }
      this.drained = null
      return await task()
    } finally {
      this.writer = null
      release()
    }
  }
}
