import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BuiltMainProcess, builtMain } from '../../tests/built/support/built-main'
import { benchPlan } from './handout'
import { round } from './measure'

const root = join(import.meta.dirname, '..', '..')
// The `physioplan` bin as package.json declares it, run as npm's shims run it: node with the
// options its shebang names (`#!/usr/bin/env -S node …`; the Windows shim reads them from there too).
const cliBin = join(root, (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: { physioplan: string } }).bin.physioplan)
function binArgs(): string[] {
  const shebang = readFileSync(cliBin, 'utf8').split('\n', 1)[0]!
  const match = /^#!\/usr\/bin\/env(?:\s+-S)?\s+node(\s.*)?$/.exec(shebang)
  if (!match) throw new Error(`${cliBin} does not start with a node shebang: ${shebang}`)
  return [...(match[1] ?? '').trim().split(/\s+/).filter(Boolean), cliBin]
}
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!

function wallMs(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const start = performance.now()
  const run = spawnSync(command, args, { encoding: 'utf8', env })
  const elapsed = performance.now() - start
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`)
  return elapsed
}

/**
 * Start-up as users get it (run `npm run build` first): the built main from module load to
 * its window (stand-in Electron, fresh process each time), and the `physioplan` bin's cold
 * 12-exercise handout against `node -e 0` measured in the same run. Medians of five.
 */
export async function benchStartup(): Promise<Record<string, number>> {
  if (!existsSync(builtMain) || !existsSync(cliBin)) throw new Error('Run `npm run build` first: out/main and out/cli are missing.')
  const mainReady: number[] = []
  for (let i = 0; i < 5; i++) {
    const main = await BuiltMainProcess.boot()
    mainReady.push(main.booted.mainLoadToWindowMs!)
    await main.close()
  }

  const dir = mkdtempSync(join(tmpdir(), 'physioplan-bench-startup-'))
  try {
    const plan = join(dir, 'plan.json')
    writeFileSync(plan, JSON.stringify(benchPlan()))
    const cli: number[] = []
    const bare: number[] = []
    for (let i = 0; i < 5; i++) {
      bare.push(wallMs(process.execPath, ['-e', '0']))
      cli.push(wallMs(process.execPath, [...binArgs(), 'handout', '--plan', plan, '--out', join(dir, 'out.pdf')]))
    }
    const cliMs = median(cli)
    const nodeMs = median(bare)
    const figures: Record<string, number> = {
      builtMainReadyMs: round(median(mainReady), 1),
      cliColdHandoutMs: round(cliMs, 1),
      nodeBareMs: round(nodeMs, 1),
      cliToNodeRatio: round(cliMs / nodeMs, 2)
    }
    // NODE_EXTRA_CA_CERTS makes every node process parse that certificate file at start (about
    // 80 % of `node -e 0` on these machines), which flatters the ratio: measured without it too.
    if (process.env.NODE_EXTRA_CA_CERTS) {
      const { NODE_EXTRA_CA_CERTS: _certs, ...env } = process.env
      const cliClean: number[] = []
      const bareClean: number[] = []
      for (let i = 0; i < 5; i++) {
        bareClean.push(wallMs(process.execPath, ['-e', '0'], env))
        cliClean.push(wallMs(process.execPath, [...binArgs(), 'handout', '--plan', plan, '--out', join(dir, 'out.pdf')], env))
      }
      figures.cliColdHandoutMsWithoutExtraCaCerts = round(median(cliClean), 1)
      figures.nodeBareMsWithoutExtraCaCerts = round(median(bareClean), 1)
      figures.cliToNodeRatioWithoutExtraCaCerts = round(median(cliClean) / median(bareClean), 2)
    }
    return figures
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
