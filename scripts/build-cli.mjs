// Bundles the command line (cli/index.ts) and its dependencies into one CommonJS file, run by a
// small launcher (the `physioplan` bin) through a V8 code cache: no TypeScript compile, no
// module-by-module loading, and no parsing or compiling of the functions a handout runs (about
// a third of a cold handout). Font files are still found in node_modules through createRequire
// (electron/main/handout/pdfmake-setup.ts). Beside it, the shaping of the shipped library's words
// (electron/main/handout/word-layouts.ts), recorded here from the library's texts and sample handouts,
// and the handout drawing of every shipped pose (electron/main/handout/prepared-drawings.ts).
// Tried and measured instead (Node 20.20, busy machine, back to back): a startup snapshot
// (`--build-snapshot` with the bundle loaded and pdfmake ready; 13 MB, 22 MB once warmed by a
// handout). Deserialising it took 170–230 ms before the command began, its functions came back
// uncompiled, and a cold handout through it took 0.84–1.3 s against 0.96–1.16 s here, before the
// extra node process a launcher would need to start it.
import { build } from 'esbuild'
import { execFile, execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'out/cli')
export const cliBin = join(outDir, 'physioplan.cjs')
/**
 * Node options the bin runs with: its shebang passes them (`env -S`; npm's Windows shim reads them
 * from the shebang too), `npm run cli` passes the same (tests/built/cli.test.ts holds them equal),
 * and the code cache is made under them, as V8 takes a cache only under the options it was made with.
 * A young generation of at most 2 MB per semi-space: a handout keeps most of what it makes until the
 * PDF is written, so a larger one only copies the same objects again into fresh pages (on these
 * machines a page first touched costs ~13 µs; the default semi-space grew to 16 MB and a cold
 * handout took 471 ms against 412 ms, median of 11, interleaved).
 */
export const cliNodeOptions = ['--max-semi-space-size=2']
const bundle = join(outDir, 'physioplan-bundle.cjs')
const codeCache = join(outDir, 'physioplan-bundle.cache')
const wordLayoutsFile = join(outDir, 'physioplan-word-layouts.txt')
const drawingsFile = join(outDir, 'physioplan-drawings.data')
const libraryFile = join(outDir, 'physioplan-library.json')
const wordModelsFile = join(outDir, 'physioplan-word-models.json')
const stampFile = join(outDir, 'physioplan-inputs.sha256')

/**
 * What the CLI is built from. Recording the word shapes renders the whole library (tens of
 * seconds), so `npm run cli -- …`, which builds before it runs, skips the build when none of
 * these changed since the last one. `--force` builds anyway.
 */
const inputs = ['cli', 'shared', 'electron', 'data', 'scripts/build-cli.mjs', 'scripts/cli-word-layouts.ts', 'package-lock.json']
function filesUnder(path) {
  const full = join(root, path)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [full]
  return readdirSync(full, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name))
}
function inputsHash() {
  const hash = createHash('sha256')
  for (const file of inputs.flatMap(filesUnder).sort()) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
  return hash.digest('hex')
}
const builtFrom = inputsHash()
const cacheTemplateId = 'basic-daily-back-routine'
const outputs = [cliBin, bundle, codeCache, wordLayoutsFile, wordModelsFile, drawingsFile, libraryFile, stampFile]
if (!process.argv.includes('--force') && outputs.every((file) => existsSync(file)) && readFileSync(stampFile, 'utf8') === builtFrom) process.exit(0)
rmSync(stampFile, { force: true })
// The launcher was an ES module (physioplan.mjs) before; a stale one must not be run by mistake.
rmSync(join(outDir, 'physioplan.mjs'), { force: true })

/**
 * Modules that load (and for the ciphers, compute tables) at start-up but that a handout never
 * calls: brotli (1.3 MB, for WOFF2 fonts), and the AES and SHA-256 of pdfkit's encryption. Each is
 * replaced by a stand-in that loads the real module from node_modules on first use.
 */
const lazyModules = {
  'brotli/decompress.js': 'function',
  // js-md5 requires node's crypto at load (node's crypto modules take ~10 ms to load); pdfkit
  // hashes with it only to check an embedded image, and hashes the PDF's ID in JavaScript.
  crypto: 'object',
  // @noble/hashes takes node's Web Crypto at load too, for random bytes only pdfkit's encryption asks for.
  '@noble/hashes/crypto': 'webcrypto',
  '@noble/ciphers/aes': 'object',
  '@noble/hashes/sha2': 'object'
}
const standIns = {
  function: (path) => `module.exports = (...args) => require(${JSON.stringify(path)})(...args)`,
  object: (path) => `module.exports = new Proxy({}, { get: (_, key) => require(${JSON.stringify(path)})[key] })`,
  webcrypto: () => "Object.defineProperty(exports, 'crypto', { enumerable: true, get: () => require('node:crypto').webcrypto })"
}
const lazyModulesPlugin = {
  name: 'lazy-modules',
  setup(esbuild) {
    const filter = /^(brotli\/decompress\.js|@noble\/ciphers\/aes|@noble\/hashes\/sha2|@noble\/hashes\/crypto|crypto)$/
    // The stand-in's own require is left to Node: the real module loads from node_modules, as the fonts do.
    esbuild.onResolve({ filter }, (args) => (args.namespace === 'lazy-module' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy-module' }))
    esbuild.onLoad({ filter: /.*/, namespace: 'lazy-module' }, (args) => ({
      contents: standIns[lazyModules[args.path]](args.path),
      resolveDir: root,
      loader: 'js'
    }))
  }
}

/**
 * zod carries its messages in some forty languages (a fifth of the bundle, read and kept at every
 * start); the CLI speaks English, the language zod is set to, so only English is bundled.
 */
const englishZodPlugin = {
  name: 'english-zod',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: "export { default as en } from './en.js'",
      resolveDir: dirname(args.path),
      loader: 'js'
    }))
  }
}

/** A plugin that bundles `lines` (JavaScript) in place of the package `name`. */
const nativeStandIn = (name, lines) => ({
  name: `native-${name}`,
  setup(esbuild) {
    esbuild.onResolve({ filter: new RegExp(`^${name}$`) }, (args) => ({ path: args.path, namespace: `native-${name}` }))
    esbuild.onLoad({ filter: /.*/, namespace: `native-${name}` }, () => ({ contents: lines.join('\n'), loader: 'js' }))
  }
})

/**
 * unicode-trie (under fontkit and linebreak) inflates its Unicode tables at start-up with
 * tiny-inflate, a DEFLATE decoder in JavaScript that runs cold there; Node's zlib gives the same
 * bytes natively. tiny-inflate's contract: inflate raw DEFLATE `source` into `dest`, and return
 * `dest`, or the filled part of it when shorter.
 */
const nativeInflatePlugin = nativeStandIn('tiny-inflate', [
  "const { inflateRawSync } = require('node:zlib')",
  'module.exports = function inflate(source, dest) {',
  '  const out = inflateRawSync(source)',
  "  if (out.length > dest.length) throw new Error('Data error')",
  '  dest.set(out)',
  '  return out.length < dest.length ? dest.slice(0, out.length) : dest',
  '}'
])

/**
 * unicode-properties and linebreak decode their tables from base64 at start-up with base64-js,
 * in JavaScript that runs cold there; Node's Buffer decodes the same bytes natively. base64-js's
 * contract: toByteArray gives a new Uint8Array of the bytes, fromByteArray the base64 text,
 * byteLength the number of bytes the text holds.
 */
const nativeBase64Plugin = nativeStandIn('base64-js', [
  "exports.toByteArray = (text) => new Uint8Array(Buffer.from(text, 'base64'))",
  "exports.fromByteArray = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')",
  "exports.byteLength = (text) => Buffer.byteLength(text, 'base64')"
])

/**
 * The shipped library and poses validated here, once: a bad data file fails the build, naming
 * itself. The bundle holds the validated values as JSON in place of shared/library/shipped-parsed.ts
 * and shared/illustration/shipped-poses.ts, and they must survive JSON unchanged.
 */
async function validatedDataJson() {
  const work = mkdtempSync(join(tmpdir(), 'physioplan-cli-library-'))
  try {
    const script = join(work, 'validate.cjs')
    await build({
      stdin: {
        contents: [
          "import { isDeepStrictEqual } from 'node:util'",
          "import { parsedShippedLibrary } from './shared/library/shipped-parsed'",
          "import { parsedShippedPoses } from './shared/illustration/shipped-poses'",
          "import { planFromTemplate } from './shared/domain/plan-from-template'",
          "import { handoutDrawing } from './shared/handout/drawing/drawing-node'",
          'const data = { library: parsedShippedLibrary(), poses: parsedShippedPoses() }',
          'const json = JSON.stringify(data)',
          "if (!isDeepStrictEqual(JSON.parse(json), data)) throw new Error('The validated library or poses do not survive JSON unchanged')",
          // The drawing of every shipped pose as handouts print it, made by the code the bundle runs.
          'const drawings = Object.fromEntries(data.poses.map(([id]) => [id, handoutDrawing(id)]))',
          'for (const [id, drawing] of Object.entries(drawings)) {',
          "  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(drawing)), drawing)) throw new Error(`The drawing of pose ${id} does not survive JSON unchanged`)",
          '}',
          // The plan the code cache is made with, as `physioplan template` writes it (without starting the CLI for it).
          `const template = data.library.templates.find((t) => t.id === ${JSON.stringify(cacheTemplateId)})`,
          `if (!template) throw new Error('No built-in template ${cacheTemplateId} to make the code cache with')`,
          'process.stdout.write(JSON.stringify({ ...data, drawings, cachePlan: planFromTemplate(template, new Date()) }))'
        ].join('\n'),
        resolveDir: root,
        loader: 'ts'
      },
      outfile: script, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error'
    })
    const { stdout } = await run(process.execPath, [script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    return JSON.parse(stdout)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}


/** Same word, same shaping, whichever process recorded it; a disagreement fails the build. */
function mergedTables(tables) {
  const merged = {}
  for (const table of tables) {
    for (const [font, words] of Object.entries(table)) {
      const into = (merged[font] ??= {})
      for (const [word, shaping] of Object.entries(words)) {
        if (word in into && into[word] !== shaping) throw new Error(`Word layouts disagree for ${JSON.stringify(word)} in ${font}`)
        into[word] = shaping
      }
    }
  }
  return merged
}

/**
 * The shaping of every word handouts of the shipped library print (scripts/cli-word-layouts.ts),
 * recorded with the renderer the bundle runs, its renders shared among one process per core
 * (up to four), and each face's model for other words (electron/main/handout/word-model.ts).
 * Built beside the bundle, where the fonts resolve.
 */
async function preparedWordLayoutsJson() {
  const script = join(outDir, 'record-word-layouts.cjs')
  try {
    await build({
      entryPoints: [join(root, 'scripts/cli-word-layouts.ts')],
      outfile: script, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error',
      define: { 'import.meta.url': '__physioplanUrl' },
      banner: { js: "const __physioplanUrl = require('node:url').pathToFileURL(__filename).href;" }
    })
    const parts = Math.max(1, Math.min(4, availableParallelism()))
    const recorded = await Promise.all(Array.from({ length: parts }, (_, part) =>
      run(process.execPath, [script, '--part', String(part), '--parts', String(parts)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })))
    const outputs = recorded.map(({ stdout }) => JSON.parse(stdout))
    return { table: mergedTables(outputs.map((output) => output.table)), models: Object.assign({}, ...outputs.map((output) => output.models)) }
  } finally {
    rmSync(script, { force: true })
  }
}

/**
 * The shipped poses' handout drawings in one ASCII file, so a handout reads and parses only its
 * own: the length of the index (decimal, in the first bytes), the index (JSON: each pose's
 * [start, end] after it), then each drawing's JSON.
 */
const drawingsHeader = 12
/** JSON in ASCII (other characters escaped), so it is read as latin1 into a one-byte string. */
const ascii = (json) => json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
function preparedDrawingsFile(drawings) {
  const index = {}
  let body = ''
  for (const [id, drawing] of Object.entries(drawings)) {
    const json = ascii(JSON.stringify(drawing))
    index[id] = [body.length, body.length + json.length]
    body += json
  }
  const indexJson = ascii(JSON.stringify(index))
  return `${String(indexJson.length).padStart(drawingsHeader, '0')}${indexJson}${body}`
}

/**
 * The word table as text, so a handout neither parses nor keeps the whole of it: a line of JSON
 * giving each font's [start, end] in the rest, then per font one "word<TAB>shaping" line per word,
 * sorted. A tab sorts below every character a word may hold, so the lines sort as their words do
 * and a word is found by binary search. Words with control characters are left out (shaped as they come).
 */
function preparedWordLayoutsFile(table) {
  const index = {}
  let body = ''
  for (const [font, words] of Object.entries(table)) {
    const hasControl = (word) => [...word].some((c) => c < ' ')
    const lines = Object.entries(words).filter(([word]) => !hasControl(word)).map(([word, shaping]) => `${word}\t${shaping}`).sort()
    const section = lines.join('\n')
    index[font] = [body.length, body.length + section.length]
    body += section
  }
  return `${JSON.stringify(index)}\n${body}`
}

// The words are recorded (the longest step) while the data is validated and the bundle built.
const recording = preparedWordLayoutsJson()
recording.catch(() => undefined)
const validated = await validatedDataJson()
const prevalidatedData = {
  name: 'prevalidated-data',
  setup(esbuild) {
    const literal = (value) => JSON.stringify(JSON.stringify(value))
    // Beside the bundle, not in it: as a literal the library was also in the code cache, as
    // UTF-16 (a third of the cache), deserialised at every start before a line of the command ran.
    esbuild.onLoad({ filter: /shared[\\/]library[\\/]shipped-parsed\.ts$/ }, () => ({
      contents: [
        "import { readFileSync } from 'node:fs'",
        "import { join } from 'node:path'",
        'export function parsedShippedLibrary() {',
        `  const file = join(__dirname, ${JSON.stringify(basename(libraryFile))})`,
        '  let text',
        "  try { text = readFileSync(file, 'latin1') } catch (error) {",
        "    throw new Error(`The exercise library ${file} cannot be read (${error.code ?? error}): build the CLI again with npm run build:cli`)",
        '  }',
        '  return JSON.parse(text)',
        '}'
      ].join('\n'),
      loader: 'js'
    }))
    // A missing or unreadable table costs speed only: every word is then shaped as it comes.
    esbuild.onLoad({ filter: /electron[\\/]main[\\/]handout[\\/]prepared-word-layouts\.ts$/ }, () => ({
      // Each font's words are found by binary search in its sorted lines (see preparedWordLayoutsFile),
      // behind an object that reads like the table word-layouts.ts expects: font → word → shaping.
      contents: [
        "import { readFileSync } from 'node:fs'",
        "import { join } from 'node:path'",
        // A binary search over the lines between start and end of the text itself: splitting a font's
        // lines into strings made ten thousand objects that lived as long as the process (each copied by the GC).
        'function shapingOf(text, start, end, word) {',
        "  if (typeof word !== 'string') return undefined",
        '  let low = start',
        '  let high = end',
        '  while (low < high) {',
        '    const mid = (low + high) >>> 1',
        "    const lineStart = Math.max(start, text.lastIndexOf('\\n', mid - 1) + 1)",
        "    let lineEnd = text.indexOf('\\n', lineStart)",
        '    if (lineEnd === -1 || lineEnd > end) lineEnd = end',
        "    const tab = text.indexOf('\\t', lineStart)",
        '    const lineWord = text.slice(lineStart, tab)',
        '    if (lineWord === word) return text.slice(tab + 1, lineEnd)',
        '    if (lineWord < word) low = lineEnd + 1',
        '    else high = lineStart',
        '  }',
        '  return undefined',
        '}',
        // A word the table lacks is shaped from the face's model when it can be (word-model.ts), read on the first such word.
        "import { modelWord, wordModelFromJson } from './word-model'",
        'let models = null',
        'const faces = {}',
        'function modelled(font, word) {',
        '  if (models === null) {',
        `    try { models = JSON.parse(readFileSync(join(__dirname, ${JSON.stringify(basename(wordModelsFile))}), 'latin1')) } catch { models = {} }`,
        '  }',
        '  if (!(font in faces)) faces[font] = models[font] ? wordModelFromJson(models[font]) : null',
        '  return faces[font] ? modelWord(faces[font], word) : undefined',
        '}',
        // PHYSIOPLAN_REPORT_WORD_TABLE=1: how the words looked up were found (tests/built/cli.test.ts).
        'const found = { table: 0, model: 0, none: 0 }',
        "if (process.env.PHYSIOPLAN_REPORT_WORD_TABLE === '1') process.once('exit', () => process.stderr.write(`word table: ${found.table} of ${found.table + found.model + found.none} words, ${found.model} from the model\\n`))",
        'const lookUp = (font, word, text, start, end) => {',
        "  if (typeof word !== 'string') return undefined",
        '  const shaping = shapingOf(text, start, end, word)',
        '  if (shaping !== undefined) { found.table++; return shaping }',
        '  const model = modelled(font, word)',
        '  model === undefined ? found.none++ : found.model++',
        '  return model',
        '}',
        'export function loadPreparedWordLayouts() {',
        '  try {',
        `    const text = readFileSync(join(__dirname, ${JSON.stringify(basename(wordLayoutsFile))}), 'utf8')`,
        "    const body = text.indexOf('\\n') + 1",
        '    const table = {}',
        '    for (const [font, [start, end]] of Object.entries(JSON.parse(text.slice(0, body)))) {',
        '      let words',
        '      Object.defineProperty(table, font, {',
        '        enumerable: true,',
        '        get: () => (words ??= new Proxy({}, { get: (_, word) => lookUp(font, word, text, body + start, body + end) }))',
        '      })',
        '    }',
        '    return table',
        '  } catch { return undefined }',
        '}'
      ].join('\n'),
      loader: 'js'
    }))
    // A missing or unreadable file costs speed only: every pose is then drawn as it comes.
    esbuild.onLoad({ filter: /electron[\\/]main[\\/]handout[\\/]prepared-drawings\.ts$/ }, () => ({
      contents: [
        "import { openSync, readSync } from 'node:fs'",
        "import { join } from 'node:path'",
        'let file = null',
        "const read = (fd, start, end) => { const bytes = Buffer.allocUnsafe(end - start); readSync(fd, bytes, 0, bytes.length, start); return bytes.toString('latin1') }",
        'export function preparedDrawing(poseId) {',
        '  if (file === null) {',
        '    try {',
        `      const fd = openSync(join(__dirname, ${JSON.stringify(basename(drawingsFile))}), 'r')`,
        `      const indexEnd = ${drawingsHeader} + Number(read(fd, 0, ${drawingsHeader}))`,
        `      file = { fd, indexEnd, index: JSON.parse(read(fd, ${drawingsHeader}, indexEnd)) }`,
        '    } catch { file = undefined }',
        '  }',
        '  if (!file || !Object.hasOwn(file.index, poseId)) return undefined',
        '  const [start, end] = file.index[poseId]',
        '  return JSON.parse(read(file.fd, file.indexEnd + start, file.indexEnd + end))',
        '}'
      ].join('\n'),
      loader: 'js'
    }))
    esbuild.onLoad({ filter: /shared[\\/]illustration[\\/]shipped-poses\.ts$/ }, () => ({
      contents: `export function parsedShippedPoses() { return JSON.parse(${literal(validated.poses)}) }`,
      loader: 'js'
    }))
  }
}

/**
 * The bundle is written wrapped in the function the launcher calls, and in ASCII only, so the
 * launcher reads it as latin1 (no UTF-8 decoding, no copy to add the wrapper) and V8 keeps it as
 * a one-byte string. A character outside ASCII that esbuild leaves as it is (it does in regular
 * expressions) fails the build, naming it: write it as an escape (\\u00b7) in the source.
 */
const bundled = await build({
  entryPoints: [join(root, 'cli/index.ts')],
  outfile: bundle,
  write: false,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  charset: 'ascii',
  // The launcher compiles the bundle as a vm Script, which cannot import(): a dynamic import of a
  // module left outside the bundle (node:fs/promises for a logo) becomes a require.
  supported: { 'dynamic-import': false },
  // The launcher runs the bundle as a function of (exports, require, module, __filename, __dirname).
  define: { 'import.meta.url': '__physioplanUrl' },
  banner: { js: "const __physioplanUrl = require('node:url').pathToFileURL(__filename).href;" },
  minify: true,
  plugins: [lazyModulesPlugin, nativeInflatePlugin, nativeBase64Plugin, englishZodPlugin, prevalidatedData],
  logLevel: 'error'
})
const bundleText = bundled.outputFiles[0].text
let nonAscii = 0
while (nonAscii < bundleText.length && bundleText.charCodeAt(nonAscii) < 0x80) nonAscii++
if (nonAscii < bundleText.length) {
  throw new Error(`The CLI bundle must be ASCII: ${JSON.stringify(bundleText[nonAscii])} near ${JSON.stringify(bundleText.slice(Math.max(0, nonAscii - 60), nonAscii + 20))}`)
}
writeFileSync(bundle, `(function (exports, require, module, __filename, __dirname) {${bundleText}\n})`, 'latin1')
const { table: wordTable, models: wordModels } = await recording
writeFileSync(wordLayoutsFile, preparedWordLayoutsFile(wordTable))
writeFileSync(wordModelsFile, ascii(JSON.stringify(wordModels)), 'latin1')
writeFileSync(drawingsFile, preparedDrawingsFile(validated.drawings), 'latin1')
writeFileSync(libraryFile, ascii(JSON.stringify(validated.library)), 'latin1')

// CommonJS, not ESM: node starts a .cjs file without its ESM loader (about 12 ms of a cold start).
writeFileSync(cliBin, `#!/usr/bin/env -S node ${cliNodeOptions.join(' ')}
// The physioplan command line: runs physioplan-bundle.cjs with the code cache built beside it.
'use strict'
const { existsSync, readFileSync, writeFileSync } = require('node:fs')
const { createRequire } = require('node:module')
const { join } = require('node:path')
const { Script } = require('node:vm')

const file = join(__dirname, 'physioplan-bundle.cjs')
const cacheFile = join(__dirname, 'physioplan-bundle.cache')
const writeCache = process.env.PHYSIOPLAN_WRITE_CODE_CACHE === '1'
const cachedData = !writeCache && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined
// Already wrapped in its function, and ASCII (checked when built): latin1 reads it exactly.
const source = readFileSync(file, 'latin1')
const script = new Script(source, { filename: file, cachedData, importModuleDynamically: undefined })
if (process.env.PHYSIOPLAN_REPORT_CODE_CACHE === '1') {
  process.stderr.write('code cache: ' + (cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used') + '\\n')
}
// The cache is built after a whole handout, so it holds the functions a handout compiles lazily.
if (writeCache) process.once('beforeExit', () => writeFileSync(cacheFile, script.createCachedData()))
const bundleModule = { exports: {} }
script.runInThisContext()(bundleModule.exports, createRequire(file), bundleModule, file, __dirname)
`)
chmodSync(cliBin, 0o755)

// A handout from a shipped template, the way users run it, with the cache written at its end.
const work = mkdtempSync(join(tmpdir(), 'physioplan-cli-cache-'))
try {
  rmSync(codeCache, { force: true })
  const env = { ...process.env, PHYSIOPLAN_WRITE_CODE_CACHE: '1' }
  // A clinician's handout also prints words the library lacks (a name, a note): so does this one,
  // so the code that shapes such words (fontkit's OpenType tables and shaper) is in the cache too.
  const unknownWord = 'Zofia'
  if (Object.values(wordTable).some((words) => Object.keys(words).some((word) => word.includes(unknownWord)))) {
    throw new Error(`The word table has "${unknownWord}": choose another word the library lacks for the code cache's handout`)
  }
  const [first, ...rest] = validated.cachePlan.items
  const cachePlan = { ...validated.cachePlan, items: [{ ...first, patientNote: `${unknownWord}, go gently at first.` }, ...rest] }
  writeFileSync(join(work, 'plan.json'), JSON.stringify(cachePlan))
  execFileSync(process.execPath, [...cliNodeOptions, cliBin, 'handout', '--plan', join(work, 'plan.json'), '--out', join(work, 'handout.pdf')], { env, stdio: 'ignore' })
} finally {
  rmSync(work, { recursive: true, force: true })
}
writeFileSync(stampFile, builtFrom)
