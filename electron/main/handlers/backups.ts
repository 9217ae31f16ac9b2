import type { Handlers } from '../dispatcher'
import type { Services } from '../services'

type BackupMethods = 'backupNow' | 'listBackups' | 'restoreBackup' | 'exportAll' | 'importAll' | 'getStoreNotices' | 'dismissStoreNotice'

export function backupHandlers({ store }: Services): Pick<Handlers, BackupMethods> {
  return {
    backupNow: () => store.backups.backupNow(),
    listBackups: () => store.backups.list(),
    restoreBackup: (id) => store.backups.restore(id),
    exportAll: (filePath) => store.transfer.exportAll(filePath),
    importAll: (filePath) => store.transfer.importAll(filePath),
    getStoreNotices: () => store.notices.list(),
    dismissStoreNotice: (id) => store.notices.dismiss(id)
  }
}
