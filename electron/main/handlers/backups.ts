import type { Handlers } from '../dispatcher'
import { backupFileFilter } from '../desktop'
import type { Services } from '../services'

type BackupMethods = 'backupNow' | 'listBackups' | 'restoreBackup' | 'exportAll' | 'importAll' | 'getStoreNotices' | 'dismissStoreNotice'

export function backupHandlers({ store, desktop }: Services): Pick<Handlers, BackupMethods> {
  return {
    backupNow: () => store.backups.backupNow(),
    listBackups: () => store.backups.list(),
    restoreBackup: (id) => store.backups.restore(id),
    exportAll: async (passphrase) => {
      const day = new Date().toISOString().slice(0, 10)
      const filePath = await desktop.chooseSavePath({ title: 'Export all data', defaultName: `PhysioPlan data ${day}.physioplan`, filters: [backupFileFilter] })
      return filePath ? store.transfer.exportAll(filePath, passphrase) : null
    },
    importAll: async (passphrase) => {
      const filePath = await desktop.chooseOpenPath({ title: 'Import data', filters: [backupFileFilter] })
      return filePath ? store.transfer.importAll(filePath, passphrase) : null
    },
    getStoreNotices: () => store.notices.list(),
    dismissStoreNotice: (id) => store.notices.dismiss(id)
  }
}
