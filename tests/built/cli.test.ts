import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { repoRoot } from './support/built-main'

// The `physioplan` bin as npm links it: the bundle node runs directly (built by `npm run build`).
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> }
const bin = join(repoRoot, pkg.bin.physioplan!)
const temp = mkdtempSync(join(tmpdir(), 'physioplan-cli-built-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

const run = (...args: string[]) => spawnSync(bin, args, { encoding: 'utf8', cwd: temp })

describe('the bundled CLI', () => {
  it('is an executable that node runs directly, without TypeScript tooling', () => {
    expect(existsSync(bin), `${bin} is missing: run \`npm run build\``).toBe(true)
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(readFileSync(bin, 'utf8')).not.toMatch(/from\s*["'](tsx|typescript|esbuild)["']/)
    const help = run('--help')
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('handout')
  })

  it('makes a handout from a shipped template', () => {
    const made = run('template', '--id', 'basic-daily-back-routine', '--out', 'plan.json')
    expect(made.status, made.stderr).toBe(0)
    const handout = run('handout', '--plan', 'plan.json', '--out', 'handout.pdf')
    expect(handout.status, handout.stderr).toBe(0)
    expect(JSON.parse(handout.stdout)).toMatchObject({ pages: expect.any(Number) })
    const text = execFileSync('pdftotext', [join(temp, 'handout.pdf'), '-'], { encoding: 'utf8' })
    expect(text).toContain('Basic daily back routine')
    expect(text).toContain('Cat-cow')
  })

  it('runs from the code cache built with it (a stale or missing cache would compile everything again)', () => {
    const help = spawnSync(bin, ['--help'], { encoding: 'utf8', cwd: temp, env: { ...process.env, PHYSIOPLAN_REPORT_CODE_CACHE: '1' } })
    expect(help.status).toBe(0)
    expect(help.stderr).toContain('code cache: used')
  })

  it('reports bad input on stderr with a non-zero exit', () => {
    const bad = run('handout', '--plan', 'missing.json', '--out', 'x.pdf')
    expect(bad.status).not.toBe(0)
    expect(bad.stderr).toMatch(/missing\.json/)
  })
})
