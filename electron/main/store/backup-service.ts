import type { BackupInfo } from '../../../shared/ipc/store-types'
import { AppError } from '../../../shared/ipc/result'
import type { StoreContext } from './context'
import { swapInLive } from './live-swap'

/** "Back up now" and "Restore from backup"; a restore first snapshots the current state, so it can be undone. */
export class BackupService {
  constructor(private readonly ctx: StoreContext) {}

  list(): Promise<BackupInfo[]> {
    return this.ctx.backups.list()
  }

  async backupNow(): Promise<BackupInfo> {
    this.ctx.assertWritable()
    const info = await this.ctx.lock.exclusive(() => this.ctx.backups.snapshot('manual'))
    if (!info) throw new AppError('not-found', 'There is nothing to back up yet.')
    return info
  }

  /** Returns the snapshot taken just before, which restores today's state if needed. */
  restore(id: string): Promise<BackupInfo | null> {
    this.ctx.assertWritable()
    return this.ctx.lock.exclusive(async () => {
      const { dir, rels } = await this.ctx.backups.filesOf(id)
      const undo = await this.ctx.backups.snapshot('before-restore')
      const { root, live } = this.ctx.dirs
      await this.ctx.index.release() // the pending log goes with the folder it is in
      try {
        await swapInLive(this.ctx.fs, root, live, dir, rels)
      } finally {
        this.ctx.docs.forget()
      }
      await this.ctx.prepareFolders()
      await this.ctx.index.reload({ listExpectedMissing: true })
      return undo
    })
  }
}
