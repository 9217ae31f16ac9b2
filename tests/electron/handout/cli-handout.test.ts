import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { planSchema } from '../../../shared/domain'
import { library } from '../../../shared/library'
import { sampleClient, samplePlan, sampleSettings } from '../../shared/handout/sample'
import { flat, pageCount, pdfText } from './pdf-tools'
import { cliInProcess as cli, cliProcess, inputFolder } from '../../shared/cli/run-cli'

vi.mock('../../../cli/output', async () => (await import('../../shared/cli/run-cli')).capturedOutput)

const { dir, file } = inputFolder('physioplan-cli-handout-')

// Run in-process (tests/shared/cli/run-cli.ts), but for one real process.
describe('cli handout and template', { timeout: 60_000 }, () => {
  it('template --list gives every built-in template as JSON', async () => {
    const { code, stdout } = await cli('template', '--list')
    expect(code).toBe(0)
    const { templates } = JSON.parse(stdout) as { templates: { id: string; exerciseIds: string[]; estimatedMinutes: number }[] }
    expect(templates.map((t) => t.id)).toEqual(library.templates.map((t) => t.id))
    expect(templates[0]!.estimatedMinutes).toBeGreaterThan(0)
  })

  it('template --id writes a valid plan that handout turns into a PDF', async () => {
    const planPath = join(dir, 'from-template.json')
    const made = await cli('template', '--id', 'basic-daily-back-routine', '--out', planPath)
    expect(made.code).toBe(0)
    const plan = planSchema.parse(JSON.parse(readFileSync(planPath, 'utf8')))
    expect(plan.items.map((i) => i.exerciseId)).toEqual(library.templates.find((t) => t.id === 'basic-daily-back-routine')!.items.map((i) => i.exerciseId))

    const out = join(dir, 'from-template.pdf')
    const client = file('client.json', sampleClient())
    const settings = file('settings.json', sampleSettings)
    // A real process: a handout written by the command as a shell runs it, with nothing on stderr.
    const { code, stdout, stderr } = cliProcess('handout', '--plan', planPath, '--client', client, '--settings', settings,
      '--decision', 'cleared', '--cleared-by', 'Dr Ana Reyes', '--paper', 'Letter', '--layout', 'compact', '--large-print', '--date', '2026-03-02', '--out', out)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ out, pages: pageCount(out), warnings: [] })
    const text = flat(pdfText(out))
    expect(text).toContain('Zoë Müller-Łukasiewicz')
    expect(text).toContain('2 March 2026')
    for (const item of plan.items) expect(text).toContain(library.exercises.get(item.exerciseId)!.name)
  })

  it('reports the file and the field of an invalid plan, with a non-zero exit', async () => {
    const plan = samplePlan(['cat-cow'])
    plan.items[0]!.patientNote = 'x'.repeat(5000)
    const { code, stderr } = await cli('handout', '--plan', file('long-note.json', plan), '--out', join(dir, 'x.pdf'))
    expect(code).toBe(1)
    expect(stderr).toContain('long-note.json is invalid')
    expect(stderr).toContain('items.0.patientNote')
  })

  it('names an exercise the library does not have', async () => {
    const { code, stderr } = await cli('handout', '--plan', file('unknown.json', samplePlan(['cat-cow', 'moon-walk'])), '--out', join(dir, 'x.pdf'))
    expect(code).toBe(1)
    expect(stderr).toContain('items.1.exerciseId: no exercise "moon-walk"')
  })

  it('rejects missing files, bad options and unknown templates clearly', async () => {
    expect((await cli('handout', '--plan', join(dir, 'nope.json'), '--out', join(dir, 'x.pdf'))).stderr).toContain('Cannot read the plan file')
    const badPaper = await cli('handout', '--plan', file('ok.json', samplePlan(['cat-cow'])), '--paper', 'A5', '--out', join(dir, 'x.pdf'))
    expect(badPaper.code).toBe(2)
    expect(badPaper.stderr).toContain('--paper must be one of A4, Letter')
    expect((await cli('handout', '--plan', file('ok2.json', samplePlan(['cat-cow'])))).stderr).toContain('Missing --out')
    const unknown = await cli('template', '--id', 'nope', '--out', join(dir, 'p.json'))
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('Unknown template id "nope"')
    expect((await cli('template')).code).toBe(2)
  })

  it('prints warnings on stderr and still writes the handout', async () => {
    const client = file('emoji-client.json', sampleClient({ givenName: 'Ana 🌷' }))
    const out = join(dir, 'emoji.pdf')
    const { code, stderr } = await cli('handout', '--plan', file('plan-emoji.json', samplePlan(['cat-cow'])), '--client', client,
      '--decision', 'proceeding', '--reason', 'Screened on paper last week, all clear.', '--out', out)
    expect(code).toBe(0)
    expect(stderr).toContain('Warning: Removed 🌷 from the patient name')
    expect(pageCount(out)).toBeGreaterThan(0)
  })
})
