import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import type { AppApi } from '../../shared/ipc/contract'
import { usePlanBuilderStore } from '../../renderer/src/features/plan-builder/plan-builder-store'
import { makeClient, makePlan } from '../shared/fixtures'

// The store reads one client record; everything after that is the store's own edit logic.
function openPlan(exerciseIds: string[]) {
  const client = makeClient(['thr_posterior'])
  const plan = makePlan(exerciseIds)
  const getClient: AppApi['getClient'] = async () => ({ ok: true, value: { client, screenings: [], plans: [plan], decisions: [] } })
  const listCustomExercises: AppApi['listCustomExercises'] = async () => ({ ok: true, value: [] })
  Object.defineProperty(window, 'api', { value: { getClient, listCustomExercises }, configurable: true })
  const store = usePlanBuilderStore()
  return { store, ready: store.load(client.id, plan.id) }
}

const ids = (store: ReturnType<typeof usePlanBuilderStore>) => store.draft!.items.map((i) => i.exerciseId)

describe('plan builder undo and redo', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('takes back add, remove, move, swap and keep, one step each, and redoes them', async () => {
    const { store, ready } = openPlan(['cat-cow', 'childs-pose'])
    await ready
    await nextTick()
    expect(store.canUndo).toBe(false)
    store.add('pelvic-tilt')
    await nextTick()
    store.move(store.draft!.items[2]!.id, -1)
    await nextTick()
    store.swap(store.draft!.items[2]!.id, 'crook-lying-rest')
    await nextTick()
    store.keep(store.draft!.items[0]!.id, 'thr_posterior', 'Cleared by surgeon')
    await nextTick()
    store.remove(store.draft!.items[0]!.id)
    await nextTick()
    expect(ids(store)).toEqual(['pelvic-tilt', 'crook-lying-rest'])

    const expected = [
      ['cat-cow', 'pelvic-tilt', 'crook-lying-rest'],
      ['cat-cow', 'pelvic-tilt', 'crook-lying-rest'],
      ['cat-cow', 'pelvic-tilt', 'childs-pose'],
      ['cat-cow', 'childs-pose', 'pelvic-tilt'],
      ['cat-cow', 'childs-pose']
    ]
    for (const want of expected) {
      store.undo()
      await nextTick()
      expect(ids(store)).toEqual(want)
    }
    expect(store.draft!.items[0]!.acknowledgedWarnings).toEqual([])
    expect(store.canUndo).toBe(false)
    for (let i = 0; i < 5; i++) {
      store.redo()
      await nextTick()
    }
    expect(ids(store)).toEqual(['pelvic-tilt', 'crook-lying-rest'])
    expect(store.canRedo).toBe(false)
  })

  it('undoes a typed note as one step, and a new edit after undo clears redo', async () => {
    const { store, ready } = openPlan(['cat-cow'])
    await ready
    await nextTick()
    const item = store.draft!.items[0]!
    for (const text of ['S', 'Sl', 'Slow']) {
      item.patientNote = text
      await nextTick()
    }
    store.undo()
    await nextTick()
    expect(store.draft!.items[0]!.patientNote).toBe('')
    expect(store.canRedo).toBe(true)
    store.draft!.title = 'New title'
    await nextTick()
    expect(store.canRedo).toBe(false)
  })
})

describe('plan details undo', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('takes back advice typed into a plan that had none', async () => {
    const { store, ready } = openPlan([])
    await ready
    await nextTick()
    store.add('cat-cow')
    await nextTick()
    store.draft!.goals = ['Walk']
    await nextTick()
    store.draft!.advice = 'Heat first'
    await nextTick()
    store.remove(store.draft!.items[0]!.id)
    await nextTick()
    store.undo()
    await nextTick()
    store.redo()
    await nextTick()
    store.redo()
    await nextTick()
    store.undo()
    await nextTick()
    expect(store.draft!.items).toHaveLength(1)
    store.undo()
    await nextTick()
    expect(store.draft!.advice).toBeUndefined()
    expect(store.draft!.goals).toEqual(['Walk'])
  })
})
