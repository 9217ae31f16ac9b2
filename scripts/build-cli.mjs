// Bundles the command line (cli/index.ts) and its dependencies into one ESM file that node
// runs directly: no TypeScript compile and no module-by-module loading at start-up (loading
// pdfmake and zod file by file costs more than the handout itself). Font files are still
// found in node_modules through createRequire (electron/main/handout/pdfmake-setup.ts).
import { build } from 'esbuild'
import { chmodSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const cliBundle = join(root, 'out/cli/physioplan.mjs')

/** fontkit loads brotli (1.3 MB, for WOFF2 fonts we never use) at start-up; load it on first use instead. */
const lazyBrotli = {
  name: 'lazy-brotli',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: 'brotli', namespace: 'lazy-brotli' }))
    esbuild.onLoad({ filter: /.*/, namespace: 'lazy-brotli' }, () => ({
      contents: "module.exports = (...args) => __physioplanRequire('brotli/decompress.js')(...args)",
      loader: 'js'
    }))
  }
}

await build({
  entryPoints: [join(root, 'cli/index.ts')],
  outfile: cliBundle,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Bundled CommonJS (pdfmake, pdfkit, fontkit) calls require and reads __dirname. No bundled
  // module may declare its own top-level `require` (the CLI test runs this bundle).
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __physioplanCreateRequire } from 'node:module';",
      "import { dirname as __physioplanDirname } from 'node:path';",
      "import { fileURLToPath as __physioplanFileUrlToPath } from 'node:url';",
      'const __physioplanRequire = __physioplanCreateRequire(import.meta.url);',
      'const require = __physioplanRequire;',
      'const __filename = __physioplanFileUrlToPath(import.meta.url);',
      'const __dirname = __physioplanDirname(__filename);'
    ].join('\n')
  },
  minify: true,
  plugins: [lazyBrotli],
  logLevel: 'error'
})
chmodSync(cliBundle, 0o755)
