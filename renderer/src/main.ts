import { createApp } from 'vue'
import { createPinia } from 'pinia'
import Root from './Root.vue'
import { createAppRouter } from './router'
import { i18n } from './i18n'
import './ui/theme.css'

createApp(Root).use(createPinia()).use(createAppRouter()).use(i18n).mount('#app')
