import { defineConfig } from '@playwright/test'

// Parallel checkouts on one machine each set their own port, so none reuses another's server.
const port = Number(process.env.PHYSIOPLAN_E2E_PORT ?? 4173)
export const baseURL = `http://127.0.0.1:${port}`

// The built renderer is served locally and driven in Debian's Chromium; window.api is
// forwarded to the real main-process handlers (see tests/e2e/harness.ts).
export default defineConfig({
  projects: [
    // The source-level suite: the page drives the main-process handlers imported from TypeScript.
    { name: 'source', testDir: 'tests/e2e' },
    // What ships: out/ built by electron-vite (see tests/built/journey.spec.ts).
    { name: 'built', testDir: 'tests/built', testMatch: '**/*.spec.ts' }
  ],
  outputDir: 'test-results',
  // The builder draws every library card (174 illustrated exercises) on first paint; on a loaded
  // 2-core machine that alone can pass the default 5 s. Speed is measured by `npm run bench`, not here.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.PHYSIOPLAN_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    },
    // A failed test keeps its trace of actions, console and network, and a screenshot of the end.
    // DOM snapshots are off: taken at every action, they re-laid the builder's 174 library cards
    // out one read at a time and doubled how long the builder took to open.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure'
  },
  webServer: {
    command: `npx vite preview --outDir out/renderer --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000
  }
})
