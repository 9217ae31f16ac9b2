import { createApp } from 'vue'
import { createPinia } from 'pinia'
import Root from './Root.vue'
import { createAppRouter } from './router'
import { i18n } from './i18n'
import { askEarly } from './early-answers'
import { firstClientPage } from './features/clients/clients-store'
import './ui/theme.css'

// The first screen's questions go to main together, now, rather than one round trip after
// another as the lock gate, then the page, then the list appear. Until the records are open main
// refuses the list, and the page asks again once they are.
askEarly('getPrivacyStatus')
askEarly('takeRecoveryKey')
if (['', '#', '#/', '#/clients'].includes(location.hash)) {
  askEarly('pageClients', firstClientPage)
  askEarly('getSettings')
}

createApp(Root).use(createPinia()).use(createAppRouter()).use(i18n).mount('#app')
