// Runs npm scripts side by side, as many at once as the machine has cores, and fails if any
// fails. The type checks and the lint are each one single-threaded process: one after another
// they left all but one core idle for a minute and a half of `npm test`. Each script's output is
// printed whole when it ends, so two scripts' lines never interleave.
// Usage: node scripts/run-parallel.mjs script-name…
import { spawn } from 'node:child_process'
import { Buffer } from 'node:buffer'
import { availableParallelism } from 'node:os'

const names = process.argv.slice(2)
if (names.length === 0) {
  console.error('Usage: node scripts/run-parallel.mjs <npm script>…')
  process.exit(2)
}

// npm sets npm_execpath when it runs a script; started by hand, npm is found on the PATH.
const npmCli = process.env.npm_execpath
function runScript(name) {
  return new Promise((resolve) => {
    const [command, args] = npmCli ? [process.execPath, [npmCli, 'run', '--silent', name]] : ['npm', ['run', '--silent', name]]
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: !npmCli && process.platform === 'win32' })
    const output = []
    child.stdout.on('data', (chunk) => output.push(chunk))
    child.stderr.on('data', (chunk) => output.push(chunk))
    const started = Date.now()
    let finished = false
    const done = (code) => {
      if (finished) return
      finished = true
      const text = Buffer.concat(output).toString()
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      process.stdout.write(`> ${name}: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${seconds} s\n${text}${text && !text.endsWith('\n') ? '\n' : ''}`)
      resolve(code)
    }
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`))
      done(1)
    })
    child.on('close', (code) => done(code ?? 1))
  })
}

const waiting = [...names]
const codes = []
async function lane() {
  for (let name = waiting.shift(); name !== undefined; name = waiting.shift()) codes.push(await runScript(name))
}
await Promise.all(Array.from({ length: Math.min(names.length, Math.max(1, availableParallelism())) }, lane))
process.exitCode = codes.every((code) => code === 0) ? 0 : 1
