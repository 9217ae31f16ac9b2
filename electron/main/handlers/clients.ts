import type { Handlers } from '../dispatcher'
import type { Services } from '../services'

type ClientMethods = 'listClients' | 'getClient' | 'createClient' | 'updateClient' | 'archiveClient' | 'restoreClient' | 'deleteClient' | 'exportClient'

export function clientHandlers({ store }: Services): Pick<Handlers, ClientMethods> {
  return {
    listClients: (query) => store.clients.list(query),
    getClient: (id) => store.clients.get(id),
    createClient: (input) => store.clients.create(input),
    updateClient: (id, patch) => store.clients.update(id, patch),
    archiveClient: (id) => store.clients.archive(id),
    restoreClient: (id) => store.clients.restore(id),
    deleteClient: (id, confirm) => store.clients.delete(id, confirm),
    exportClient: (id, filePath) => store.exportClient(id, filePath)
  }
}
