import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeClient, makePlan } from '../fixtures'

const root = join(import.meta.dirname, '..', '..', '..')
const dir = mkdtempSync(join(tmpdir(), 'physioplan-cli-'))

function cli(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'cli/index.ts', ...args], { cwd: root, encoding: 'utf8' })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

function file(name: string, content: unknown): string {
  const path = join(dir, name)
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
  return path
}

describe('cli', { timeout: 30_000 }, () => {
  it('library --json lists every exercise with its id, name, regions and variations', () => {
    const { code, stdout } = cli('library', '--json')
    expect(code).toBe(0)
    const output = JSON.parse(stdout) as { exercises: { id: string; name: string; regions: string[]; variations: unknown[] }[] }
    expect(output.exercises.length).toBeGreaterThanOrEqual(45)
    expect(output.exercises.find((e) => e.id === 'childs-pose')).toMatchObject({
      name: "Child's pose",
      regions: expect.arrayContaining(['lower-back']),
      variations: expect.arrayContaining([{ exerciseId: 'childs-pose-supported', kind: 'regression' }])
    })
  })

  it('screen derives age from --dob and returns the outcome as JSON', () => {
    const answers = file('answers.json', { flags: { rest_night_pain: 'yes', no_improvement_1m: 'yes' } })
    const { code, stdout } = cli('screen', '--answers', answers, '--dob', '1970-03-15', '--today', '2025-06-01')
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ outcome: 'urgent', age: 55, findings: [{ group: 'malignancy', level: 'urgent' }] })
  })

  it('screen asks the questions of the given areas and conditions: a clot after a knee replacement is an emergency', () => {
    const answers = file('knee-answers.json', { flags: { dvt_signs: 'yes', ces_saddle: 'yes' } })
    const { code, stdout } = cli('screen', '--answers', answers, '--conditions', 'tkr_early', '--today', '2026-03-02')
    expect(code).toBe(0)
    const result = JSON.parse(stdout) as { outcome: string; findings: { group: string }[]; scope: unknown }
    expect(result).toMatchObject({ outcome: 'emergency', scope: { areas: ['knee'], afterSurgery: ['knee'] } })
    expect(result.findings.map((f) => f.group)).toEqual(['post_operative'])
    expect(cli('screen', '--answers', answers, '--areas', 'knees').stderr).toContain('--areas "knees"')
  })

  it('screen names the missing file and exits non-zero', () => {
    const missing = join(dir, 'nope.json')
    const { code, stdout, stderr } = cli('screen', '--answers', missing)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain(`Cannot read the answers file ${missing}: file not found`)
  })

  it('screen names the file and the bad field', () => {
    const answers = file('bad-answers.json', { flags: { ces_bowel: 'maybe' } })
    const { code, stderr } = cli('screen', '--answers', answers)
    expect(code).toBe(1)
    expect(stderr).toContain(`The answers file ${answers} is invalid`)
    expect(stderr).toContain('flags.ces_bowel: Answer must be yes, no or unknown')
  })

  it('screen reports a file that is not JSON', () => {
    const answers = file('broken.json', '{ "flags": ')
    const { code, stderr } = cli('screen', '--answers', answers)
    expect(code).toBe(1)
    expect(stderr).toContain(`The answers file ${answers} is not valid JSON`)
  })

  it('check returns per-item warnings, notes and the estimated duration', () => {
    const plan = file('plan.json', makePlan(['childs-pose', 'glute-bridge']))
    const client = file('client.json', makeClient(['thr_posterior']))
    const { code, stdout } = cli('check', '--plan', plan, '--client', client)
    expect(code).toBe(0)
    const output = JSON.parse(stdout) as { items: { status: string }[]; counts: unknown; estimatedMinutes: number }
    expect(output.items.map((i) => i.status)).toEqual(['avoid', 'ok'])
    expect(output.counts).toEqual({ avoid: 1, caution: 0, acknowledged: 0 })
    expect(output.estimatedMinutes).toBeGreaterThan(0)
  })

  it('check names the plan file and the field of an invalid dose', () => {
    const bad = makePlan(['cat-cow'])
    const planPath = file('bad-plan.json', { ...bad, items: [{ ...bad.items[0], dosage: { holdSeconds: 0, side: 'none', frequency: { timesPerDay: 1, daysPerWeek: 7 } } }] })
    const client = file('client2.json', makeClient())
    const { code, stderr } = cli('check', '--plan', planPath, '--client', client)
    expect(code).toBe(1)
    expect(stderr).toContain(`The plan file ${planPath} is invalid`)
    expect(stderr).toContain('items.0.dosage.holdSeconds: Hold must be between 1 and 600 seconds')
  })

  it('rejects a missing option or an unknown command with usage and exit code 2', () => {
    const missing = cli('check', '--plan', 'plan.json')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('Missing --client')
    const unknown = cli('frobnicate')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Unknown command "frobnicate"')
  })
})
