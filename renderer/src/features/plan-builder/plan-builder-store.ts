import { defineStore } from 'pinia'
import { computed, ref, toRaw, watch } from 'vue'
import type { Client } from '../../../../shared/domain/client'
import type { ConditionId } from '../../../../shared/domain/condition'
import type { Plan, PlanItem } from '../../../../shared/domain/plan'
import type { ApiError } from '../../../../shared/ipc/result'
import { planInputOf, type PlanInput } from '../../../../shared/ipc/store-types'
import { useExerciseLibraryStore } from '../library/exercise-library-store'
import { checkPlan } from '../../../../shared/safety'
import { api, plain } from '../../api'
import { todayIso } from '../clients/client-text'
import { createEditHistory } from './edit-history'
import { editKey } from './edit-key'
import { itemFor, stepped, swapped } from './plan-items'

type Draft = PlanInput & { items: PlanItem[] }
/** A deep copy free of Vue's proxies (structuredClone refuses them). */
const snapshot = (draft: Draft): Draft => plain(draft)

/** The plan being built: the draft, its live safety check, the edits the builder makes and their undo history. */
export const usePlanBuilderStore = defineStore('plan-builder', () => {
  const exercises = useExerciseLibraryStore()
  const client = ref<Client>()
  const planId = ref<string>()
  const previousPlan = ref<Plan>()
  const draft = ref<Draft>()
  const selectedId = ref<string>()
  const loadError = ref<ApiError>()
  /** The item as it was before the last swap, so the swap can be undone. */
  const lastSwap = ref<PlanItem>()

  const check = computed(() => (draft.value && client.value ? checkPlan(draft.value, client.value, exercises.library) : undefined))
  const selected = computed(() => draft.value?.items.find((item) => item.id === selectedId.value))
  const checkOf = (itemId: string) => check.value?.items.find((c) => c.itemId === itemId)

  // Every change to the draft, whatever made it (a button, a drag, a typed dose), is one undo step.
  const history = createEditHistory(snapshot)
  const historyVersion = ref(0)
  const canUndo = computed(() => (historyVersion.value, history.canUndo))
  const canRedo = computed(() => (historyVersion.value, history.canRedo))
  let last: Draft | undefined
  let restoring = false
  watch(draft, (now, before) => {
    if (!now) return
    const current = snapshot(now)
    if (now !== before || restoring || !last) {
      restoring = false
    } else if (JSON.stringify(current) !== JSON.stringify(last)) {
      // (a list re-assigned with the same items is not an edit, and must not cost an undo step)
      history.record(last, editKey(last, current))
      historyVersion.value++
    }
    last = current
  }, { deep: true })

  async function load(clientId: string, id: string) {
    draft.value = undefined
    lastSwap.value = undefined
    const [result] = await Promise.all([api().getClient(clientId), exercises.load()])
    if (!result.ok) return void (loadError.value = result.error)
    const plan = result.value.plans.find((p) => p.id === id)
    if (!plan) return void (loadError.value = { code: 'not-found', message: 'This plan no longer exists.' })
    client.value = result.value.client
    planId.value = id
    previousPlan.value = result.value.plans.find((p) => p.id === plan.previousPlanId)
    history.reset()
    historyVersion.value++
    draft.value = planInputOf(structuredClone(plan))
    selectedId.value = plan.items[0]?.id
    loadError.value = undefined
  }

  /** Puts a snapshot back into the same draft object, so autosave sees an edit and saves it. */
  function restore(state: Draft | undefined) {
    if (!state || !draft.value) return
    restoring = true
    const target = draft.value as Record<string, unknown>
    for (const key of Object.keys(target)) if (!(key in state)) delete target[key]
    Object.assign(draft.value, state)
    historyVersion.value++
    if (!state.items.some((item) => item.id === selectedId.value)) selectedId.value = state.items[0]?.id
  }
  const undo = () => draft.value && restore(history.undo(snapshot(draft.value)))
  const redo = () => draft.value && restore(history.redo(snapshot(draft.value)))

  function add(exerciseId: string, index = draft.value?.items.length ?? 0) {
    const exercise = exercises.library.exercises.get(exerciseId)
    if (!exercise || !draft.value) return
    const item = itemFor(exercise)
    draft.value.items.splice(index, 0, item)
    selectedId.value = item.id
  }

  /** Removes an item; the one after it (or before, at the end) becomes selected. */
  function remove(itemId: string) {
    if (!draft.value) return
    const index = draft.value.items.findIndex((item) => item.id === itemId)
    if (index < 0) return
    draft.value.items.splice(index, 1)
    if (selectedId.value === itemId) selectedId.value = draft.value.items[Math.min(index, draft.value.items.length - 1)]?.id
  }

  function move(itemId: string, by: -1 | 1) {
    const items = draft.value?.items
    const from = items?.findIndex((item) => item.id === itemId) ?? -1
    const to = from + by
    if (!items || from < 0 || to < 0 || to >= items.length) return false
    const [moved] = items.splice(from, 1)
    items.splice(to, 0, moved!)
    return true
  }

  function swap(itemId: string, alternativeId: string) {
    const items = draft.value?.items
    const index = items?.findIndex((item) => item.id === itemId) ?? -1
    const alternative = exercises.library.exercises.get(alternativeId)
    if (!items || index < 0 || !alternative) return
    lastSwap.value = structuredClone(toRaw(items[index]!))
    items[index] = swapped(items[index]!, alternative)
  }

  function undoSwap() {
    const before = lastSwap.value
    const index = draft.value?.items.findIndex((item) => item.id === before?.id) ?? -1
    if (!before || index < 0) return
    draft.value!.items[index] = before
    lastSwap.value = undefined
  }

  /** "Easier" / "Harder": the next exercise on the ladder, at the same dose and with the same notes. */
  function step(itemId: string, nextId: string) {
    const items = draft.value?.items
    const index = items?.findIndex((item) => item.id === itemId) ?? -1
    const next = exercises.library.exercises.get(nextId)
    if (!items || index < 0 || !next) return
    items[index] = stepped(items[index]!, next)
  }

  function keep(itemId: string, condition: ConditionId, reason: string) {
    const item = draft.value?.items.find((i) => i.id === itemId)
    if (!item) return
    item.acknowledgedWarnings = [...item.acknowledgedWarnings.filter((a) => a.condition !== condition), { condition, reason, date: todayIso() }]
  }

  return { client, planId, previousPlan, draft, selectedId, selected, loadError, lastSwap, check, checkOf, canUndo, canRedo, load, undo, redo, add, remove, move, swap, undoSwap, step, keep }
})
