import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { redFlagIds } from '../../../shared/domain/red-flag'
import type { HandoutPreview } from '../../../shared/ipc/handout-contract'
import type { ApiResult } from '../../../shared/ipc/result'
import type { CustomExerciseRecord, PhotoRef } from '../../../shared/ipc/store-types'
import { library } from '../../../shared/library'
import { createDispatcher } from '../../../electron/main/dispatcher'
import { createHandlers } from '../../../electron/main/handlers'
import { createServices } from '../../../electron/main/services'
import type { Desktop } from '../../../electron/main/desktop'
import { solidPng } from '../handout/png'
import { customExercise, testVault } from '../store/helpers'

/** Custom exercises through the real dispatcher: main merges them into the library its checks and handouts read. */
let dir: string
let call: (method: string, ...args: unknown[]) => Promise<ApiResult<unknown>>
const desktop = (home: string): Desktop => ({
  chooseSavePath: async ({ defaultName }) => join(home, defaultName),
  chooseOpenPath: async () => null,
  openPath: async () => undefined,
  printPdf: async () => undefined,
  showError: async () => undefined
})
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'physioplan-custom-'))
  const services = createServices({ dataDir: join(dir, 'data'), appName: 'PhysioPlan', appVersion: '1', builtInTemplates: [...library.templates], vault: testVault }, desktop(dir))
  call = (method, ...args) => createDispatcher(createHandlers(services), { error: () => undefined })(method, args, true)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const value = <T>(result: ApiResult<unknown>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}
const avoidAfterHip = {
  ...customExercise(),
  contraindications: [{ condition: 'thr_posterior', level: 'avoid', reason: 'Deep hip bend past 90 degrees after a posterior approach.', sources: ['THR'] }]
}
const today = new Date().toISOString().slice(0, 10)

async function clientWithPlan(exerciseId: string) {
  const client = value<{ id: string }>(await call('createClient', { givenName: 'Ruth', familyName: 'Okafor', conditions: ['thr_posterior'] }))
  value(await call('saveScreening', client.id, { date: today, answers: { flags: Object.fromEntries(redFlagIds.map((id) => [id, 'no'])) }, clinicianNote: '' }))
  const plan = value<{ id: string }>(await call('createPlan', client.id, {
    title: 'Hip plan', goals: [], status: 'active',
    items: [{ id: 'item-1', exerciseId, dosage: avoidAfterHip.defaultDose, patientNote: '', clinicianNote: '', acknowledgedWarnings: [] }]
  }))
  return { source: { kind: 'plan', clientId: client.id, planId: plan.id } }
}
const options = { paper: 'A4', layout: 'detailed', largePrint: false, showSteps: true }

describe('the merged library in main', () => {
  it('holds a handout whose custom exercise is Avoid for the client: main recomputes with custom exercises included', async () => {
    const { exercise } = value<CustomExerciseRecord>(await call('saveCustomExercise', avoidAfterHip))
    const { source } = await clientWithPlan(exercise.id)
    const preview = value<HandoutPreview>(await call('previewHandout', source, options))
    expect(preview.safety?.unresolved).toMatchObject([{ exerciseName: 'Towel squeeze', conditionName: expect.stringMatching(/hip replacement/i) }])
    expect(await call('saveHandout', source, options)).toMatchObject({ ok: false, error: { code: 'unresolved-warnings' } })
  })

  it('refuses a custom exercise that would replace a built-in one, or names a condition twice', async () => {
    expect(await call('saveCustomExercise', { ...customExercise(), id: 'cat-cow' })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const twice = { ...avoidAfterHip, contraindications: [...avoidAfterHip.contraindications, { ...avoidAfterHip.contraindications[0], level: 'caution' }] }
    expect(await call('saveCustomExercise', twice)).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'contraindications.1.condition' }] } })
    expect(value<unknown[]>(await call('listCustomExercises'))).toEqual([])
  })
})

describe('photos', () => {
  it('refuses an image that cannot print, with a plain message, and keeps none', async () => {
    const { exercise } = value<CustomExerciseRecord>(await call('saveCustomExercise', customExercise()))
    const webp = Buffer.from('524946461a000000574542505650384c0d0000002f0000000000', 'hex')
    const broken = Buffer.concat([solidPng(40, 30).subarray(0, 40)])
    for (const bytes of [webp, broken]) {
      const result = await call('addCustomExercisePhoto', exercise.id, { bytes: new Uint8Array(bytes) })
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'photo' }] } })
    }
    expect(value<CustomExerciseRecord[]>(await call('listCustomExercises'))[0]!.photos).toEqual([])
  })

  it('keeps one photo per exercise and prints it in the handout in place of a drawing', async () => {
    const { exercise } = value<CustomExerciseRecord>(await call('saveCustomExercise', { ...customExercise(), poseId: 'no-drawing', noDrawingYet: true }))
    value<PhotoRef>(await call('addCustomExercisePhoto', exercise.id, { bytes: new Uint8Array(solidPng(64, 48, [200, 30, 30])) }))
    const second = value<PhotoRef>(await call('addCustomExercisePhoto', exercise.id, { bytes: new Uint8Array(solidPng(120, 90)) }))
    expect(value<CustomExerciseRecord[]>(await call('listCustomExercises'))[0]!.photos).toEqual([second])

    const client = value<{ id: string }>(await call('createClient', { givenName: 'Ana', familyName: 'Silva' }))
    const plan = value<{ id: string }>(await call('createPlan', client.id, {
      title: 'Knees', goals: [], status: 'active',
      items: [{ id: 'item-1', exerciseId: exercise.id, dosage: exercise.defaultDose, patientNote: '', clinicianNote: '', acknowledgedWarnings: [] }]
    }))
    const preview = value<HandoutPreview>(await call('previewHandout', { kind: 'plan', clientId: client.id, planId: plan.id }, options))
    expect(preview.warnings.filter((w) => w.code === 'missing-drawing')).toEqual([])
    const pdf = join(dir, 'handout.pdf')
    writeFileSync(pdf, preview.pdf)
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
    expect(images.map((line) => line.trim().split(/\s+/).slice(3, 5))).toContainEqual(['120', '90'])
  })
})
