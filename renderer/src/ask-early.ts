import { askEarly } from './early-answers'
import { firstClientPage } from './features/clients/client-page-query'

// The first screen's questions, put to main by a script of its own that the page runs first (see
// earlyScript in electron.vite.config.ts): they travel while the app's larger scripts are still
// being parsed, and together rather than lock gate → page → list, one round trip after another.
// Until the records are open main refuses the list, and the page asks again once they are.
// (This file imports nothing from Vue or the app, so its script stays a few hundred bytes.)
askEarly('getPrivacyStatus')
askEarly('takeRecoveryKey')
if (['', '#', '#/', '#/clients'].includes(location.hash)) {
  askEarly('pageClients', firstClientPage)
  askEarly('getSettings')
}
