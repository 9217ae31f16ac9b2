import type { Handlers } from '../dispatcher'
import { clientDisplayName } from '../../../shared/domain/client'
import { safeFileName } from '../desktop'
import type { Services } from '../services'

type ClientMethods = 'listClients' | 'pageClients' | 'getClient' | 'createClient' | 'updateClient' | 'archiveClient' | 'restoreClient' | 'deleteClient' | 'exportClient'

export function clientHandlers({ store, desktop }: Services): Pick<Handlers, ClientMethods> {
  return {
    listClients: (query) => store.clients.list(query),
    pageClients: (query) => store.clients.page(query),
    getClient: (id) => store.clients.get(id),
    createClient: (input) => store.clients.create(input),
    updateClient: (id, patch) => store.clients.update(id, patch),
    archiveClient: (id) => store.clients.archive(id),
    restoreClient: (id) => store.clients.restore(id),
    deleteClient: (id, confirm) => store.clients.delete(id, confirm),
    exportClient: async (id) => {
      const { client } = await store.clients.get(id)
      const defaultName = `${safeFileName(`${clientDisplayName(client)} records`)}.json`
      // The client's right of access: readable on purpose, so the dialog says it is not encrypted.
      const title = 'Export this client’s records for them (readable by anyone who has the file: not encrypted)'
      const filePath = await desktop.chooseSavePath({ title, defaultName, filters: [{ name: 'JSON', extensions: ['json'] }] })
      return filePath ? store.exportClient(id, filePath) : null
    }
  }
}
