import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { renderHandoutPdf, warmUpHandoutRenderer } from '../../electron/main/handout'
import type { Plan } from '../../shared/domain'
import { defaultSettings, type Settings } from '../../shared/domain/settings'
import type { RenderHandoutInput } from '../../electron/main/handout'
import { hasPose } from '../../shared/illustration'
import { library } from '../../shared/library'
import { chromiumFooter, handoutHtml } from './handout-html'
import { measure, round } from './measure'

const root = join(import.meta.dirname, '..', '..')
const stamp = '2026-03-02T09:00:00Z'

/** Twelve illustrated exercises from the shipped library, with doses, notes and a swap. */
export function benchPlan(): Plan {
  const ids = library.exerciseList.filter((e) => hasPose(e.poseId)).slice(0, 12).map((e) => e.id)
  return {
    id: 'bench-plan', schemaVersion: 1, clientId: 'bench-client', title: 'Easing your lower back',
    goals: ['Sit through a working day without stiffness', 'Walk the dog for 30 minutes again'],
    items: ids.map((exerciseId, i) => ({
      id: `item-${i}`, exerciseId, clinicianNote: '', acknowledgedWarnings: [],
      dosage: { holdSeconds: 30, reps: 3, side: 'each', frequency: { timesPerDay: 1 + (i % 2), daysPerWeek: 7 } },
      patientNote: i % 3 === 0 ? 'Keep the movement small at first and go a little further each day if it feels fine.' : '',
      ...(i === 4 ? { swappedFrom: 'childs-pose' } : {})
    })),
    status: 'active', createdAt: stamp, updatedAt: stamp
  }
}

const settings: Settings = {
  ...defaultSettings, clinicName: 'Harbour Physiotherapy', clinicAddress: '12 Quay Street, Bristol BS1 4DB',
  clinicPhone: '0117 496 0321', clinicEmail: 'hello@harbourphysio.example', clinicianName: 'Sam Okafor'
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

async function chromiumMedian(input: RenderHandoutInput): Promise<number> {
  const html = handoutHtml(input)
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage()
    const print = async () => {
      await page.setContent(html)
      return page.pdf({
        format: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>',
        footerTemplate: chromiumFooter, margin: { top: '16mm', bottom: '19mm', left: '16mm', right: '16mm' }
      })
    }
    return (await measure(print, 20, 5)).medianMs
  } finally {
    await browser.close()
  }
}

/** The documented command, start to finish, in a fresh process each time: median of five. */
function cliColdMs(input: RenderHandoutInput): number {
  const dir = mkdtempSync(join(tmpdir(), 'physioplan-bench-handout-'))
  try {
    const plan = join(dir, 'plan.json')
    writeFileSync(plan, JSON.stringify(input.plan))
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const start = performance.now()
      const run = spawnSync('npm', ['run', '-s', 'cli', '--', 'handout', '--plan', plan, '--out', join(dir, 'out.pdf')], { cwd: root, encoding: 'utf8' })
      times.push(performance.now() - start)
      if (run.status !== 0) throw new Error(`CLI handout failed: ${run.stderr}`)
    }
    return round(times.sort((a, b) => a - b)[2]!, 1)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A 12-exercise illustrated handout: ours warm in Node vs Chromium printing the same HTML, and the CLI cold. */
export async function benchHandout(): Promise<{ ourWarmMedianMs: number; chromiumWarmMedianMs: number; ratio: number; cliColdMs: number }> {
  const input: RenderHandoutInput = {
    plan: benchPlan(), settings, library, today: '2026-03-02',
    client: { id: 'bench-client', schemaVersion: 1, givenName: 'Zoë', familyName: 'Müller', conditions: [], surgeonRestrictions: '', notes: '', archived: false, createdAt: stamp, updatedAt: stamp },
    options: { paper: 'A4', layout: 'detailed', largePrint: false, showSteps: true }
  }
  // First, while no browser is starting or shutting down beside it.
  const cli = cliColdMs(input)
  await warmUpHandoutRenderer()
  const ours = (await measure(() => renderHandoutPdf(input), 40, 8)).medianMs
  const theirs = await chromiumMedian(input)
  return { ourWarmMedianMs: round(ours, 2), chromiumWarmMedianMs: round(theirs, 2), ratio: round(ours / theirs, 3), cliColdMs: cli }
}
