import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { deleteConfirmation } from '../../../shared/ipc/store-types'
import { clientInput, customExercise, openStore, planInput, screeningInput, tempDir } from './helpers'

let temp: ReturnType<typeof tempDir>
beforeEach(() => (temp = tempDir()))
afterEach(() => temp.cleanup())

const oddNames = { givenName: 'Zoë "Zee"', familyName: "O'Brien/../Müller 🦵", displayName: 'Ünal \\ Çelik' }

describe('store round trips', () => {
  it('keeps a client with odd characters exactly, and names its file by id only', async () => {
    const created = await openStore(temp.dir).clients.create(clientInput({ ...oddNames, dateOfBirth: '1950-02-28', conditions: ['osteoporosis'] }))
    const reopened = openStore(temp.dir)
    expect((await reopened.clients.get(created.id)).client).toEqual(created)
    expect(readdirSync(join(temp.dir, 'store', 'clients'))).toEqual([`${created.id}.json`])
    expect((await reopened.clients.list({ text: 'zoe müller' })).map((s) => s.id)).toEqual([created.id])
    expect((await reopened.clients.list({ text: 'MULLER' })).map((s) => s.id)).toEqual([created.id])
  })

  it('keeps plans and screenings, and summarises them in the client list', async () => {
    const store = openStore(temp.dir)
    const { id } = await store.clients.create(clientInput())
    const plan = await store.plans.create(id, planInput('Knee plan', 4))
    await store.screenings.save(id, screeningInput('2025-01-10', 'clear'))
    await store.screenings.save(id, screeningInput('2025-02-10', 'routine'))
    const saved = await store.plans.save(id, plan.id, { ...planInput('Knee plan, week 2', 2), status: 'draft' })

    const reopened = openStore(temp.dir)
    expect(await reopened.plans.list(id)).toEqual([saved])
    expect((await reopened.screenings.list(id)).map((s) => s.date)).toEqual(['2025-01-10', '2025-02-10'])
    expect(await reopened.clients.list()).toMatchObject([{ id, planCount: 1, latestScreeningOutcome: 'routine', latestScreeningDate: '2025-02-10' }])

    await reopened.plans.delete(id, plan.id)
    expect(await openStore(temp.dir).plans.list(id)).toEqual([])
  })

  it('archives, restores and deletes only with the explicit confirmation', async () => {
    const store = openStore(temp.dir)
    const { id } = await store.clients.create(clientInput())
    await store.plans.create(id, planInput())
    await store.clients.archive(id)
    expect(await store.clients.list()).toEqual([])
    expect((await store.clients.list({ includeArchived: true }))[0]).toMatchObject({ id, archived: true })
    await store.clients.restore(id)
    expect((await store.clients.list())[0]).toMatchObject({ id, archived: false })

    await expect(store.clients.delete(id, 'yes')).rejects.toMatchObject({ code: 'invalid-input' })
    expect((await store.clients.get(id)).plans).toHaveLength(1)
    await store.clients.delete(id, deleteConfirmation)
    await expect(store.clients.get(id)).rejects.toMatchObject({ code: 'not-found' })
    expect(await openStore(temp.dir).clients.list({ includeArchived: true })).toEqual([])
  })

  it('updates only the given fields and refuses an invalid change without saving it', async () => {
    const store = openStore(temp.dir)
    const created = await store.clients.create(clientInput({ notes: 'first' }))
    const updated = await store.clients.update(created.id, { notes: 'second', conditions: ['lumbar_stenosis'] })
    expect(updated).toMatchObject({ givenName: 'Ana', notes: 'second', conditions: ['lumbar_stenosis'] })
    await expect(store.clients.update(created.id, { givenName: '', familyName: '' })).rejects.toMatchObject({ code: 'invalid-input' })
    expect((await openStore(temp.dir).clients.get(created.id)).client).toEqual(updated)
  })

  it('exports one client as JSON and readable text', async () => {
    const store = openStore(temp.dir)
    const { id } = await store.clients.create(clientInput(oddNames))
    await store.plans.create(id, planInput('Hip plan'))
    const { jsonPath, textPath } = await store.exportClient(id, join(temp.dir, 'access-request.json'))
    expect(JSON.parse(readFileSync(jsonPath, 'utf8'))).toMatchObject({ client: { id, ...oddNames }, plans: [{ title: 'Hip plan' }] })
    const text = readFileSync(textPath, 'utf8')
    expect(text).toContain(oddNames.displayName)
    expect(text).toContain('Hip plan')
  })

  it('keeps templates, settings and custom exercises with their photos', async () => {
    const store = openStore(temp.dir, { builtInTemplates: [] })
    const template = await store.templates.save({ title: 'Post-op knee', description: '', goals: [], items: [planInput().items[0]!] })
    const settings = await store.settings.save({
      clinicName: 'Clínica "Sol"', clinicAddress: '', clinicPhone: '', clinicEmail: '', clinicianName: 'Dr Ó',
      handout: { paper: 'Letter', layout: 'compact', largePrint: true, showSteps: false }
    })
    const record = await store.customExercises.save(customExercise())
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
    const photo = await store.customExercises.addPhoto(record.exercise.id, { bytes: png })

    const reopened = openStore(temp.dir)
    expect(await reopened.templates.list()).toEqual([template])
    expect(await reopened.settings.get()).toEqual(settings)
    expect(await reopened.customExercises.list()).toEqual([{ exercise: record.exercise, photos: [photo] }])
    expect(Buffer.from((await reopened.customExercises.getPhoto(record.exercise.id, photo.id)).bytes)).toEqual(png)
  })

  it('refuses photos that are too large or not images', async () => {
    const store = openStore(temp.dir)
    const { exercise } = await store.customExercises.save(customExercise())
    const huge = Buffer.alloc(6 * 1024 * 1024, 0)
    Buffer.from('ffd8ff', 'hex').copy(huge)
    await expect(store.customExercises.addPhoto(exercise.id, { bytes: huge })).rejects.toThrow(/larger than 5 MB/)
    await expect(store.customExercises.addPhoto(exercise.id, { bytes: Buffer.from('GIF89a....') })).rejects.toThrow(/not a JPEG, PNG or WebP/)
    expect((await store.customExercises.list())[0]!.photos).toEqual([])
  })
})
