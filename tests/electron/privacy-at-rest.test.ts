import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDispatcher } from '../../electron/main/dispatcher'
import { createHandlers } from '../../electron/main/handlers'
import { sweepPrintLeftovers } from '../../electron/main/handout-service'
import { createServices } from '../../electron/main/services'
import type { Desktop } from '../../electron/main/desktop'
import { planInput, screeningInput, testVault } from './store/helpers'

const name = { givenName: 'Wilhelmina', familyName: 'Zaborowska' }
const dateOfBirth = '1961-07-23'
const note = 'fell on the cellar stairs in March'
const needles = [name.givenName, name.familyName, dateOfBirth, note]

/** Every file and folder under `dir`, itself included. */
function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return [dir, ...readdirSync(dir).flatMap((n) => (lstatSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]))]
}

let root: string
let previousTmp: string | undefined
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'physioplan-privacy-'))
  previousTmp = process.env.TMPDIR
  process.env.TMPDIR = join(root, 'tmp') // os.tmpdir() reads it on every call, so print files land here
  mkdirSync(process.env.TMPDIR)
})
afterEach(() => {
  process.env.TMPDIR = previousTmp
  if (previousTmp === undefined) delete process.env.TMPDIR
  rmSync(root, { recursive: true, force: true })
})

describe('patient records private at rest', () => {
  it('leaves no name, date of birth or note in any byte written, and no file readable by other accounts', async () => {
    const dataDir = join(root, 'data')
    const exportsDir = join(root, 'exports')
    mkdirSync(exportsDir, { mode: 0o700 })
    let printedWhileHandedOver = false
    const desktop: Desktop = {
      chooseSavePath: async ({ defaultName }) => join(exportsDir, defaultName),
      chooseOpenPath: async () => null,
      openPath: async () => undefined,
      printPdf: async (path) => void (printedWhileHandedOver = readFileSync(path).subarray(0, 5).toString() === '%PDF-'),
      showError: async () => undefined
    }
    const dispatch = createDispatcher(createHandlers(createServices({ dataDir, appName: 'PhysioPlan', appVersion: 'test', vault: testVault }, desktop)))
    const call = async (method: string, ...args: unknown[]) => {
      const result = await dispatch(method, args, true)
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
      return result.value as never
    }

    const client: { id: string } = await call('createClient', { ...name, dateOfBirth, conditions: [], surgeonRestrictions: '', notes: note })
    await call('saveScreening', client.id, { ...screeningInput(), clinicianNote: note })
    const plan: { id: string } = await call('createPlan', client.id, { ...planInput(), items: planInput().items.map((i) => ({ ...i, clinicianNote: note })) })
    await call('updateClient', client.id, { notes: `${note}; improving` })
    await call('saveTemplate', { title: `For ${name.familyName}`, description: note, goals: [], items: [planInput().items[0]] })
    await call('backupNow')
    await call('exportAll', 'a passphrase for the move')
    const options = { paper: 'A4', layout: 'detailed', largePrint: false, showSteps: true }
    await call('previewHandout', { kind: 'plan', clientId: client.id, planId: plan.id }, options)
    // The helper's screening is an old one, so the export gate asks for a decision first (stored, so scanned too).
    await call('recordDecision', client.id, { kind: 'proceeding', reason: `Reviewed in clinic: ${note}` })
    await call('printHandout', { kind: 'plan', clientId: client.id, planId: plan.id }, options)
    expect(printedWhileHandedOver).toBe(true)
    expect((await call('getClient', client.id) as { client: { notes: string } }).client.notes).toContain(note)

    const written = [...walk(dataDir), ...walk(exportsDir), ...walk(process.env.TMPDIR!)]
    expect(written.filter((p) => p.endsWith('.physioplan'))).toHaveLength(1)
    expect(written.length).toBeGreaterThan(20)
    const hits = written.filter((p) => lstatSync(p).isFile()).flatMap((p) => {
      const bytes = readFileSync(p)
      return needles.filter((n) => bytes.includes(n)).map((n) => `${p}: ${n}`)
    })
    expect(hits).toEqual([])
    const openToOthers = written.filter((p) => (lstatSync(p).mode & 0o077) !== 0 && p !== process.env.TMPDIR)
    expect(openToOthers).toEqual([])
  }, 60_000)

  it('sweeps print folders left behind by a crash at start-up, and leaves a print running now alone', async () => {
    const temp = process.env.TMPDIR!
    const old = join(temp, 'physioplan-print-crashed')
    const current = join(temp, 'physioplan-print-now')
    for (const dir of [old, current]) {
      mkdirSync(dir)
      writeFileSync(join(dir, `${name.familyName} exercises.pdf`), '%PDF-')
    }
    const hourAgo = (Date.now() - 3600_000) / 1000
    utimesSync(old, hourAgo, hourAgo)
    expect(await sweepPrintLeftovers(temp)).toBe(1)
    expect(existsSync(old)).toBe(false)
    expect(existsSync(current)).toBe(true)
  })
})
