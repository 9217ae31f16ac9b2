import { defineStore } from 'pinia'
import { computed, ref, toRaw } from 'vue'
import type { Client } from '../../../../shared/domain/client'
import type { ConditionId } from '../../../../shared/domain/condition'
import type { PlanItem } from '../../../../shared/domain/plan'
import type { ApiError } from '../../../../shared/ipc/result'
import { planInputOf, type PlanInput } from '../../../../shared/ipc/store-types'
import { library } from '../../../../shared/library'
import { checkPlan } from '../../../../shared/safety'
import { api } from '../../api'
import { todayIso } from '../clients/client-text'
import { itemFor, stepped, swapped } from './plan-items'

/** The plan being built: the draft, its live safety check, and the edits the builder makes. */
export const usePlanBuilderStore = defineStore('plan-builder', () => {
  const client = ref<Client>()
  const planId = ref<string>()
  const draft = ref<PlanInput & { items: PlanItem[] }>()
  const selectedId = ref<string>()
  const loadError = ref<ApiError>()
  /** The item as it was before the last swap, so the swap can be undone. */
  const lastSwap = ref<PlanItem>()

  const check = computed(() => (draft.value && client.value ? checkPlan(draft.value, client.value) : undefined))
  const selected = computed(() => draft.value?.items.find((item) => item.id === selectedId.value))
  const checkOf = (itemId: string) => check.value?.items.find((c) => c.itemId === itemId)

  async function load(clientId: string, id: string) {
    draft.value = undefined
    lastSwap.value = undefined
    const result = await api().getClient(clientId)
    if (!result.ok) return void (loadError.value = result.error)
    const plan = result.value.plans.find((p) => p.id === id)
    if (!plan) return void (loadError.value = { code: 'not-found', message: 'This plan no longer exists.' })
    client.value = result.value.client
    planId.value = id
    draft.value = planInputOf(structuredClone(plan))
    selectedId.value = plan.items[0]?.id
    loadError.value = undefined
  }

  function add(exerciseId: string, index = draft.value?.items.length ?? 0) {
    const exercise = library.exercises.get(exerciseId)
    if (!exercise || !draft.value) return
    const item = itemFor(exercise)
    draft.value.items.splice(index, 0, item)
    selectedId.value = item.id
  }

  function remove(itemId: string) {
    if (!draft.value) return
    const index = draft.value.items.findIndex((item) => item.id === itemId)
    draft.value.items.splice(index, 1)
    if (selectedId.value === itemId) selectedId.value = draft.value.items[Math.min(index, draft.value.items.length - 1)]?.id
  }

  function swap(itemId: string, alternativeId: string) {
    const items = draft.value?.items
    const index = items?.findIndex((item) => item.id === itemId) ?? -1
    const alternative = library.exercises.get(alternativeId)
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
    const next = library.exercises.get(nextId)
    if (!items || index < 0 || !next) return
    items[index] = stepped(items[index]!, next)
  }

  function keep(itemId: string, condition: ConditionId, reason: string) {
    const item = draft.value?.items.find((i) => i.id === itemId)
    if (!item) return
    item.acknowledgedWarnings = [...item.acknowledgedWarnings.filter((a) => a.condition !== condition), { condition, reason, date: todayIso() }]
  }

  return { client, planId, draft, selectedId, selected, loadError, lastSwap, check, checkOf, load, add, remove, swap, undoSwap, step, keep }
})

