import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface CliRun { code: number | null; stdout: string; stderr: string }

const root = join(import.meta.dirname, '..', '..', '..')
const written: Record<1 | 2, string> = { 1: '', 2: '' }

/**
 * Stands in for cli/output in files that run the CLI in-process (`vi.mock('…/cli/output', () =>
 * capturedOutput)`): what a command writes to stdout (1) or stderr (2) is kept for `cliInProcess`.
 */
export const capturedOutput = {
  writeTo: (fd: 1 | 2, text: string) => {
    written[fd] += text
  }
}

/**
 * The CLI's entry function run in this process: its exit code and what it wrote, as a spawn
 * returns them, without starting Node and the TypeScript transform again (~1 s a run).
 */
export async function cliInProcess(...args: string[]): Promise<CliRun> {
  written[1] = ''
  written[2] = ''
  const { main } = await import('../../../cli/main')
  const code = await main(args)
  return { code, stdout: written[1], stderr: written[2] }
}

/** The CLI as a real process (cli/index.ts through tsx): for what only a process shows, its exit status and bytes. */
export function cliProcess(...args: string[]): CliRun {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/index.ts', ...args], { cwd: root, encoding: 'utf8' })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** A fresh folder for a test file's inputs; `file` writes one (an object as JSON, a string as it is) and returns its path. */
export function inputFolder(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const file = (name: string, content: unknown): string => {
    const path = join(dir, name)
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
    return path
  }
  return { dir, file }
}
