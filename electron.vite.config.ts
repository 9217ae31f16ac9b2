import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { contentSecurityPolicy } from './electron/main/csp'
import { earlyScript } from './scripts/vite-plugins/early-script'
import { precompiledMessages } from './scripts/vite-plugins/precompiled-messages'

const root = import.meta.dirname

/** Writes the CSP into index.html: strict in the build, relaxed only for the dev server's HMR. */
function cspMetaTag(): Plugin {
  let devServerOrigin: string | undefined
  return {
    name: 'physioplan:csp',
    configureServer(server) {
      server.httpServer?.once('listening', () => {
        const address = server.httpServer?.address()
        if (address && typeof address === 'object') devServerOrigin = `http://localhost:${address.port}`
      })
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const csp = contentSecurityPolicy({ devServerOrigin: context.server ? (devServerOrigin ?? 'http://localhost:5173') : undefined })
        return html.replace('<!-- CSP -->', `<meta http-equiv="Content-Security-Policy" content="${csp}" />`)
      }
    }
  }
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundled rather than loaded from node_modules: zod alone is ~200 ms of module loading at
      // start-up as hundreds of files, and a bundle only carries the parts main uses.
      externalizeDeps: { exclude: ['zod', 'lowdb'] },
      rolldownOptions: { input: { index: resolve(root, 'electron/main/index.ts') } }
    }
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: 'renderer',
    plugins: [vue({ features: { optionsAPI: false } }), cspMetaTag(), precompiledMessages('renderer/src/i18n/en.ts'), earlyScript('ask-early')],
    define: {
      // No <i18n-t> components or v-t directive: every string goes through t() (and they stay out of the bundle).
      __VUE_I18N_FULL_INSTALL__: false,
      __VUE_I18N_LEGACY_API__: false,
      __INTLIFY_PROD_DEVTOOLS__: false
    },
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified; minified, the start-up chunks parse and compile
      // in a fraction of the time (the Clients page's ready time counts it).
      minify: true,
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html'), 'ask-early': resolve(root, 'renderer/src/ask-early.ts') } }
    }
  }
})
