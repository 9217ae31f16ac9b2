import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

const renderer = {
  plugins: [vue()],
  define: { __VUE_I18N_FULL_INSTALL__: true, __VUE_I18N_LEGACY_API__: false, __INTLIFY_PROD_DEVTOOLS__: false }
}
const rendererIsolated = ['tests/renderer/figure-source.test.ts']

export default defineConfig({
  test: {
    // One test file per core. Vitest's default in a run is one fewer than the cores: on a 2-core CI
    // machine a single worker ran the 107 files one after another while the second core idled (the
    // main process only collects results; many tests wait on pdftotext, fsync or a child process).
    maxWorkers: availableParallelism(),
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
        ...renderer,
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['tests/renderer/**/*.test.ts'],
          exclude: rendererIsolated,
          // The component tests share one page and module graph per worker: a fresh happy-dom and
          // Vue for each file took three times as long as the tests (renderer project 37 s → 12 s).
          // Each test mounts its own app and store (tests/renderer/mount.ts).
          isolate: false
        }
      },
      {
        // Files that stand in for a module (vi.mock) need a module graph of their own.
        ...renderer,
        test: { name: 'renderer-isolated', environment: 'happy-dom', include: rendererIsolated }
      }
    ]
  }
})
