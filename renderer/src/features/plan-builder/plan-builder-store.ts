import { defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw, watch } from 'vue'
import type { Client } from '../../../../shared/domain/client'
import type { ConditionId } from '../../../../shared/domain/condition'
import type { Plan, PlanItem } from '../../../../shared/domain/plan'
import type { ItemCheck } from '../../../../shared/safety'
import type { ApiError } from '../../../../shared/ipc/result'
import { planInputOf } from '../../../../shared/ipc/store-types'
import { useExerciseLibraryStore } from '../library/exercise-library-store'
import { api } from '../../api'
import { todayIso } from '../clients/client-text'
import { createDraftSnapshots, type Draft, type DraftSnapshot } from './draft-snapshots'
import { createEditHistory } from './edit-history'
import { editKey } from './edit-key'
import { createPlanCheckCache } from './plan-check-cache'
import { itemFor, stepped, swapped } from './plan-items'

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

  // Every change to the draft, whatever made it (a button, a drag, a typed dose), is one undo step.
  // Snapshots share unchanged items (draft-snapshots.ts), so they are never cloned again.
  const snapshots = createDraftSnapshots()
  const history = createEditHistory<DraftSnapshot>((state) => state)
  const historyVersion = ref(0)
  const canUndo = computed(() => (historyVersion.value, history.canUndo))
  const canRedo = computed(() => (historyVersion.value, history.canRedo))
  /** The draft as of its last change; bumped (a new object) on every change, for what is derived from the whole draft. */
  const current = shallowRef<DraftSnapshot>()
  /** Counts the edits (undo and redo included) since the plan was opened: what autosave watches, so the draft is walked once per change. */
  const edits = ref(0)
  let restoring = false
  watch(draft, (now, before) => {
    if (!now) return void (current.value = undefined)
    const next = snapshots.take(now)
    const last = current.value
    if (now !== before || !last) {
      restoring = false
    } else if (restoring) {
      restoring = false
      edits.value++
    } else if (!snapshots.same(next, last)) {
      // (a list re-assigned with the same items is not an edit, and must not cost an undo step)
      history.record(last, editKey(last, next))
      historyVersion.value++
      edits.value++
    } else return
    current.value = next
  }, { deep: true })

  // The check reads the snapshot, not the live draft: no tracking through Vue's proxies, and each
  // item is checked again only when its exercise or kept warnings change.
  const checkCache = createPlanCheckCache()
  const check = computed(() => (current.value && client.value ? checkCache(current.value, toRaw(client.value), exercises.library) : undefined))
  const checksById = computed(() => new Map<string, ItemCheck>(check.value?.items.map((c) => [c.itemId, c])))
  const selected = computed(() => draft.value?.items.find((item) => item.id === selectedId.value))
  const checkOf = (itemId: string) => checksById.value.get(itemId)

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
    snapshots.reset()
    historyVersion.value++
    draft.value = planInputOf(structuredClone(plan))
    selectedId.value = plan.items[0]?.id
    loadError.value = undefined
  }

  /** Puts a snapshot back into the same draft object, so autosave sees an edit and saves it; unchanged items stay the same objects. */
  function restore(state: DraftSnapshot | undefined) {
    if (!state || !draft.value) return
    restoring = true
    const values = snapshots.restoreFrom(draft.value, state)
    const target = draft.value as Record<string, unknown>
    for (const key of Object.keys(target)) if (!(key in values)) delete target[key]
    Object.assign(draft.value, values)
    historyVersion.value++
    if (!state.items.some((item) => item.id === selectedId.value)) selectedId.value = state.items[0]?.id
  }
  const undo = () => draft.value && restore(history.undo(snapshots.take(draft.value)))
  const redo = () => draft.value && restore(history.redo(snapshots.take(draft.value)))

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

  return { client, planId, previousPlan, draft, edits, selectedId, selected, loadError, lastSwap, check, checkOf, canUndo, canRedo, load, undo, redo, add, remove, move, swap, undoSwap, step, keep }
})
