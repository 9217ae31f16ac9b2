import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { redFlagIds } from '../../../shared/domain'
import { makeClient, makeItem, makePlan } from '../fixtures'
import { cliInProcess as cli, cliProcess, inputFolder } from './run-cli'

vi.mock('../../../cli/output', async () => (await import('./run-cli')).capturedOutput)

const { dir, file } = inputFolder('physioplan-cli-safety-')
const today = new Date().toISOString().slice(0, 10)
const year = Number(today.slice(0, 4))

const allNo = (...yes: string[]) => ({ flags: Object.fromEntries(redFlagIds.map((id) => [id, yes.includes(id) ? 'yes' : 'no'])) })

// Run in-process (tests/shared/cli/run-cli.ts), but for one real process.
describe('cli: the safety rules hold outside the app', { timeout: 120_000 }, () => {
  it('screen: an empty answers file is incomplete, never clear', async () => {
    const { code, stdout } = await cli('screen', '--answers', file('empty.json', {}))
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ outcome: 'incomplete', unanswered: expect.arrayContaining(['ces_saddle']) })
  })

  it('screen: a 58-year-old with night pain only is not urgent', async () => {
    const { stdout } = await cli('screen', '--answers', file('night.json', allNo('rest_night_pain')), '--dob', `${year - 58}-01-01`)
    expect(JSON.parse(stdout)).toMatchObject({ outcome: 'clear', findings: [{ level: 'monitor', flagIds: ['rest_night_pain'] }] })
  })

  const future = `${year + 1}-01-01`
  const tooOld = `${year - 121}-01-01`
  it.each([future, tooOld])('refuses the date of birth %s in screen, check and handout with a non-zero exit', async (dob) => {
    const screenRun = await cli('screen', '--answers', file('a.json', {}), '--dob', dob)
    expect(screenRun.code).not.toBe(0)
    expect(screenRun.stderr).toContain('no more than 120 years ago')
    const client = file('old-client.json', makeClient([], { dateOfBirth: dob }))
    const plan = file('plan.json', makePlan(['cat-cow']))
    const check = await cli('check', '--plan', plan, '--client', client)
    expect(check.code).not.toBe(0)
    expect(check.stderr).toContain('dateOfBirth: Date of birth must be today or earlier, and no more than 120 years ago')
    const handout = await cli('handout', '--plan', plan, '--client', client, '--decision', 'cleared', '--cleared-by', 'Dr Lee', '--out', join(dir, 'x.pdf'))
    expect(handout.code).not.toBe(0)
    expect(handout.stderr).toContain('no more than 120 years ago')
  })

  it('handout: refuses an emergency screening without --decision, naming what is missing, and makes it with one', async () => {
    const client = file('client.json', makeClient())
    const plan = file('plan.json', makePlan(['cat-cow']))
    const screening = file('screening.json', { date: today, answers: allNo('ces_saddle') })
    const out = join(dir, 'emergency.pdf')
    // A real process: the refusal's exit status and message as a shell sees them.
    const held = cliProcess('handout', '--plan', plan, '--client', client, '--screening', screening, '--out', out)
    expect(held.code).toBe(1)
    expect(held.stderr).toContain('The latest screening is Emergency. Record a clinical decision')
    const missingDetail = await cli('handout', '--plan', plan, '--client', client, '--screening', screening, '--decision', 'referred', '--out', out)
    expect(missingDetail.code).toBe(2)
    expect(missingDetail.stderr).toContain('--referred-to')
    const made = await cli('handout', '--plan', plan, '--client', client, '--screening', screening,
      '--decision', 'referred', '--referred-to', 'A&E, Royal Infirmary', '--referred-on', today, '--out', out)
    expect(made.code).toBe(0)
    expect(JSON.parse(made.stdout)).toMatchObject({ decision: { answers: 'emergency', choice: { kind: 'referred', to: 'A&E, Royal Infirmary' } } })
  })

  it('handout: refuses a client with no screening, and an unresolved Avoid item even when cleared', async () => {
    const client = file('thr-client.json', makeClient(['thr_posterior']))
    const noScreening = await cli('handout', '--plan', file('p1.json', makePlan(['cat-cow'])), '--client', file('c1.json', makeClient()), '--out', join(dir, 'y.pdf'))
    expect(noScreening.code).toBe(1)
    expect(noScreening.stderr).toContain('no red-flag screening')
    const screening = file('clear.json', { date: today, answers: allNo() })
    const avoid = file('avoid.json', makePlan(['childs-pose']))
    const refused = await cli('handout', '--plan', avoid, '--client', client, '--screening', screening, '--out', join(dir, 'z.pdf'))
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('"Child\'s pose" is marked Avoid for')
    const kept = file('kept.json', makePlan([], { items: [makeItem('childs-pose', 0, [{ condition: 'thr_posterior', reason: 'Surgeon allows it', date: today }])] }))
    expect((await cli('handout', '--plan', kept, '--client', client, '--screening', screening, '--out', join(dir, 'z.pdf'))).code).toBe(0)
  })
})
