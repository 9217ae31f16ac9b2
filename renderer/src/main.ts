// First: in a build it has run already, from its own script (see ask-early.ts).
import './ask-early'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import Root from './Root.vue'
import { createAppRouter } from './router'
import { i18n } from './i18n'
import './ui/theme.css'

const router = createAppRouter()
const app = createApp(Root).use(createPinia()).use(router).use(i18n)
// Mounted once the first route is known: the first screen is then drawn in one pass, with its page
// (and mounted all the same if that first navigation fails, so the rail still shows).
const mount = () => void app.mount('#app')
void router.isReady().then(mount, mount)
