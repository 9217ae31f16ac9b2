import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { makeClient, makePlan } from '../fixtures'
import { cliInProcess as cli, cliProcess, inputFolder } from './run-cli'

vi.mock('../../../cli/output', async () => (await import('./run-cli')).capturedOutput)

const { dir, file } = inputFolder('physioplan-cli-')

// Each case runs the CLI's entry function in this process (tsx started ~1 s for each); the cases
// marked as a real process check what only a process shows: its exit status and output bytes.
describe('cli', { timeout: 30_000 }, () => {
  it('library --json lists every exercise with its id, name, regions and variations', async () => {
    const { code, stdout } = await cli('library', '--json')
    expect(code).toBe(0)
    const output = JSON.parse(stdout) as { exercises: { id: string; name: string; regions: string[]; variations: unknown[] }[] }
    expect(output.exercises.length).toBeGreaterThanOrEqual(45)
    expect(output.exercises.find((e) => e.id === 'childs-pose')).toMatchObject({
      name: "Child's pose",
      regions: expect.arrayContaining(['lower-back']),
      variations: expect.arrayContaining([{ exerciseId: 'childs-pose-supported', kind: 'regression' }])
    })
  })

  it('screen derives age from --dob and returns the outcome as JSON', async () => {
    const answers = file('answers.json', { flags: { rest_night_pain: 'yes', no_improvement_1m: 'yes' } })
    const { code, stdout } = await cli('screen', '--answers', answers, '--dob', '1970-03-15', '--today', '2025-06-01')
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ outcome: 'urgent', age: 55, findings: [{ group: 'malignancy', level: 'urgent' }] })
  })

  it('screen asks the questions of the given areas and conditions: a clot after a knee replacement is an emergency', async () => {
    const answers = file('knee-answers.json', { flags: { dvt_signs: 'yes', ces_saddle: 'yes' } })
    const { code, stdout } = await cli('screen', '--answers', answers, '--conditions', 'tkr_early', '--today', '2026-03-02')
    expect(code).toBe(0)
    const result = JSON.parse(stdout) as { outcome: string; findings: { group: string }[]; scope: unknown }
    expect(result).toMatchObject({ outcome: 'emergency', scope: { areas: ['knee'], afterSurgery: ['knee'] } })
    expect(result.findings.map((f) => f.group)).toEqual(['post_operative'])
    expect((await cli('screen', '--answers', answers, '--areas', 'knees')).stderr).toContain('--areas "knees"')
  })

  // A real process: its exit status, and nothing at all on stdout.
  it('screen names the missing file and exits non-zero', () => {
    const missing = join(dir, 'nope.json')
    const { code, stdout, stderr } = cliProcess('screen', '--answers', missing)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain(`Cannot read the answers file ${missing}: file not found`)
  })

  it('screen names the file and the bad field', async () => {
    const answers = file('bad-answers.json', { flags: { ces_bowel: 'maybe' } })
    const { code, stderr } = await cli('screen', '--answers', answers)
    expect(code).toBe(1)
    expect(stderr).toContain(`The answers file ${answers} is invalid`)
    expect(stderr).toContain('flags.ces_bowel: Answer must be yes, no or unknown')
  })

  it('screen reports a file that is not JSON', async () => {
    const answers = file('broken.json', '{ "flags": ')
    const { code, stderr } = await cli('screen', '--answers', answers)
    expect(code).toBe(1)
    expect(stderr).toContain(`The answers file ${answers} is not valid JSON`)
  })

  it('check returns per-item warnings, notes and the estimated duration', async () => {
    const plan = file('plan.json', makePlan(['childs-pose', 'glute-bridge']))
    const client = file('client.json', makeClient(['thr_posterior']))
    const { code, stdout } = await cli('check', '--plan', plan, '--client', client)
    expect(code).toBe(0)
    const output = JSON.parse(stdout) as { items: { status: string }[]; counts: unknown; estimatedMinutes: number }
    expect(output.items.map((i) => i.status)).toEqual(['avoid', 'ok'])
    expect(output.counts).toEqual({ avoid: 1, caution: 0, acknowledged: 0 })
    expect(output.estimatedMinutes).toBeGreaterThan(0)
  })

  it('check names the plan file and the field of an invalid dose', async () => {
    const bad = makePlan(['cat-cow'])
    const planPath = file('bad-plan.json', { ...bad, items: [{ ...bad.items[0], dosage: { holdSeconds: 0, side: 'none', frequency: { timesPerDay: 1, daysPerWeek: 7 } } }] })
    const client = file('client2.json', makeClient())
    const { code, stderr } = await cli('check', '--plan', planPath, '--client', client)
    expect(code).toBe(1)
    expect(stderr).toContain(`The plan file ${planPath} is invalid`)
    expect(stderr).toContain('items.0.dosage.holdSeconds: Hold must be between 1 and 600 seconds')
  })

  it('rejects a missing option or an unknown command with usage and exit code 2', async () => {
    const missing = await cli('check', '--plan', 'plan.json')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('Missing --client')
    const unknown = cliProcess('frobnicate')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Unknown command "frobnicate"')
  })
})
