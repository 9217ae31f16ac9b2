import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick, toRaw } from 'vue'
import type { AppApi } from '../../shared/ipc/contract'
import { checkPlan } from '../../shared/safety'
import { library } from '../../shared/library'
import { createPlanCheckCache } from '../../renderer/src/features/plan-builder/plan-check-cache'
import { usePlanBuilderStore } from '../../renderer/src/features/plan-builder/plan-builder-store'
import { makeClient, makePlan } from '../shared/fixtures'

function openPlan(exerciseIds: string[], conditions: Parameters<typeof makeClient>[0] = ['thr_posterior']) {
  const client = makeClient(conditions)
  // (a JSON copy: the fixture's items share one dose object, which records read from disk never do)
  const plan = JSON.parse(JSON.stringify(makePlan(exerciseIds))) as ReturnType<typeof makePlan>
  const getClient: AppApi['getClient'] = async () => ({ ok: true, value: { client, screenings: [], plans: [plan], decisions: [] } })
  const listCustomExercises: AppApi['listCustomExercises'] = async () => ({ ok: true, value: [] })
  Object.defineProperty(window, 'api', { value: { getClient, listCustomExercises }, configurable: true })
  const store = usePlanBuilderStore()
  return { store, client, ready: store.load(client.id, plan.id) }
}

describe('plan builder: undo by structural sharing, checks kept per item', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('undo of a move puts back the same item objects, so no card is rebuilt', async () => {
    const { store, ready } = openPlan(['cat-cow', 'childs-pose', 'pelvic-tilt'])
    await ready
    await nextTick()
    const before = store.draft!.items.map((item) => toRaw(item))
    store.move(before[0]!.id, 1)
    await nextTick()
    store.undo()
    await nextTick()
    expect(store.draft!.items.map((item) => toRaw(item))).toEqual(before)
    store.draft!.items.forEach((item, i) => expect(toRaw(item)).toBe(before[i]))
  })

  it('undo of a dose edit gives back the old dose in a fresh item, and the others stay the same objects', async () => {
    const { store, ready } = openPlan(['cat-cow', 'childs-pose'])
    await ready
    await nextTick()
    const [first, second] = store.draft!.items.map((item) => toRaw(item))
    const sets = first!.dosage.reps!
    store.draft!.items[0]!.dosage.reps = sets + 2
    await nextTick()
    store.undo()
    await nextTick()
    expect(store.draft!.items[0]!.dosage.reps).toBe(sets)
    expect(toRaw(store.draft!.items[1]!)).toBe(second)
    // the restored item is editable again, and that edit is its own undo step
    store.draft!.items[0]!.dosage.reps = sets + 1
    await nextTick()
    store.undo()
    await nextTick()
    expect(store.draft!.items[0]!.dosage.reps).toBe(sets)
    store.redo()
    await nextTick()
    expect(store.draft!.items[0]!.dosage.reps).toBe(sets + 1)
  })

  it('the builder check equals checkPlan after adds, keeps, swaps and moves, and an item not changed keeps its check object', async () => {
    const { store, client, ready } = openPlan(['cat-cow', 'childs-pose', 'pelvic-tilt'], ['thr_posterior', 'osteoporosis'])
    await ready
    await nextTick()
    const plain = () => JSON.parse(JSON.stringify(store.draft)) as typeof store.draft & object
    const same = () => expect(store.check).toEqual(checkPlan(plain(), client, library))
    same()
    const firstCheck = store.checkOf(store.draft!.items[0]!.id)
    store.add('knee-to-chest-double')
    await nextTick()
    same()
    store.keep(store.draft!.items[1]!.id, 'thr_posterior', 'Surgeon agreed')
    await nextTick()
    same()
    store.move(store.draft!.items[3]!.id, -1)
    await nextTick()
    same()
    expect(store.checkOf(store.draft!.items[0]!.id)).toBe(firstCheck)
    store.undo()
    store.undo()
    await nextTick()
    same()
  })

  it('the cache starts again for another client', () => {
    const cache = createPlanCheckCache()
    const plan = makePlan(['childs-pose'])
    const hip = makeClient(['thr_posterior'])
    const none = makeClient([])
    expect(cache(plan, hip, library)).toEqual(checkPlan(plan, hip, library))
    expect(cache(plan, none, library)).toEqual(checkPlan(plan, none, library))
  })
})
