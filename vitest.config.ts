import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/shared/**/*.test.ts', 'tests/electron/**/*.test.ts', 'tests/cli/**/*.test.ts'],
          // Store tests fsync and encrypt for real: a busy disk must not fail them. Speed is
          // checked by `npm run bench`, never by a test's timeout.
          testTimeout: 20_000
        }
      },
      {
        // The built artefacts (out/, the packed payload): run by `npm run test:built` after a build.
        test: {
          name: 'built',
          environment: 'node',
          include: ['tests/built/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000
        }
      },
      {
        plugins: [vue()],
        define: { __VUE_I18N_FULL_INSTALL__: true, __VUE_I18N_LEGACY_API__: false, __INTLIFY_PROD_DEVTOOLS__: false },
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['tests/renderer/**/*.test.ts']
        }
      }
    ]
  }
})
