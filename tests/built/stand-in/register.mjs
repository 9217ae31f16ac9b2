// `node --import ./register.mjs …` installs the hook before the main bundle loads.
import { register } from 'node:module'

register('./resolve-electron.mjs', import.meta.url)
