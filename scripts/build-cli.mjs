// Bundles the command line (cli/index.ts) and its dependencies into one CommonJS file, run by a
// small launcher (the `physioplan` bin) through a V8 code cache: no TypeScript compile, no
// module-by-module loading, and no parsing or compiling of the functions a handout runs (about
// a third of a cold handout). Font files are still found in node_modules through createRequire
// (electron/main/handout/pdfmake-setup.ts).
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'out/cli')
export const cliBin = join(outDir, 'physioplan.mjs')
const bundle = join(outDir, 'physioplan-bundle.cjs')
const codeCache = join(outDir, 'physioplan-bundle.cache')

/** fontkit loads brotli (1.3 MB, for WOFF2 fonts we never use) at start-up; load it on first use instead. */
const lazyBrotli = {
  name: 'lazy-brotli',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: 'brotli', namespace: 'lazy-brotli' }))
    esbuild.onLoad({ filter: /.*/, namespace: 'lazy-brotli' }, () => ({
      contents: "module.exports = (...args) => require('brotli/decompress.js')(...args)",
      loader: 'js'
    }))
  }
}

/**
 * The shipped library validated here, once: a bad data file fails the build, naming itself. The
 * bundle holds the validated lists as JSON in place of shared/library/shipped-parsed.ts.
 */
async function validatedLibraryJson() {
  const work = mkdtempSync(join(tmpdir(), 'physioplan-cli-library-'))
  try {
    const script = join(work, 'validate.cjs')
    await build({
      stdin: {
        contents: "import { parsedShippedLibrary } from './shared/library/shipped-parsed'\nprocess.stdout.write(JSON.stringify(parsedShippedLibrary()))",
        resolveDir: root,
        loader: 'ts'
      },
      outfile: script, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error'
    })
    return execFileSync(process.execPath, [script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

const libraryJson = await validatedLibraryJson()
const prevalidatedLibrary = {
  name: 'prevalidated-library',
  setup(esbuild) {
    esbuild.onLoad({ filter: /shared[\\/]library[\\/]shipped-parsed\.ts$/ }, () => ({
      contents: `export function parsedShippedLibrary() { return JSON.parse(${JSON.stringify(libraryJson)}) }`,
      loader: 'js'
    }))
  }
}

await build({
  entryPoints: [join(root, 'cli/index.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // The launcher runs the bundle as a function of (require, module, exports, __filename, __dirname).
  define: { 'import.meta.url': '__physioplanUrl' },
  banner: { js: "const __physioplanUrl = require('node:url').pathToFileURL(__filename).href;" },
  minify: true,
  plugins: [lazyBrotli, prevalidatedLibrary],
  logLevel: 'error'
})

writeFileSync(cliBin, `#!/usr/bin/env node
// The physioplan command line: runs physioplan-bundle.cjs with the code cache built beside it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Script } from 'node:vm'

const bundle = ${JSON.stringify('./' + 'physioplan-bundle.cjs')}
const file = new URL(bundle, import.meta.url).pathname
const cacheFile = new URL('./physioplan-bundle.cache', import.meta.url).pathname
const writeCache = process.env.PHYSIOPLAN_WRITE_CODE_CACHE === '1'
const cachedData = !writeCache && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined
const source = '(function (exports, require, module, __filename, __dirname) {' + readFileSync(file, 'utf8') + '\\n})'
const script = new Script(source, { filename: file, cachedData, importModuleDynamically: undefined })
if (process.env.PHYSIOPLAN_REPORT_CODE_CACHE === '1') {
  process.stderr.write('code cache: ' + (cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used') + '\\n')
}
// The cache is built after a whole handout, so it holds the functions a handout compiles lazily.
if (writeCache) process.once('beforeExit', () => writeFileSync(cacheFile, script.createCachedData()))
const module = { exports: {} }
script.runInThisContext()(module.exports, createRequire(file), module, file, new URL('.', import.meta.url).pathname)
`)
chmodSync(cliBin, 0o755)

// A handout from a shipped template, the way users run it, with the cache written at its end.
const work = mkdtempSync(join(tmpdir(), 'physioplan-cli-cache-'))
try {
  rmSync(codeCache, { force: true })
  const env = { ...process.env, PHYSIOPLAN_WRITE_CODE_CACHE: '1' }
  execFileSync(process.execPath, [cliBin, 'template', '--id', 'basic-daily-back-routine', '--out', join(work, 'plan.json')], { stdio: 'ignore' })
  execFileSync(process.execPath, [cliBin, 'handout', '--plan', join(work, 'plan.json'), '--out', join(work, 'handout.pdf')], { env, stdio: 'ignore' })
} finally {
  rmSync(work, { recursive: true, force: true })
}
