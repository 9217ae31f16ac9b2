import { flushPromises } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { describe, expect, it } from 'vitest'
import ClientScreening from '../../renderer/src/features/screening/ClientScreening.vue'
import { useScreeningForm } from '../../renderer/src/features/screening/use-screening-form'
import type { Client } from '../../shared/domain'
import type { ClientRecord } from '../../shared/ipc/store-types'
import { mountWithApp } from './mount'

const today = () => '2026-01-15'
const client: Client = {
  id: 'c1', schemaVersion: 1, givenName: 'Rose', familyName: 'Hart', dateOfBirth: '1950-01-01', sex: 'female',
  conditions: [], surgeonRestrictions: '', notes: '', archived: false,
  createdAt: '2026-01-01T09:00:00Z', updatedAt: '2026-01-01T09:00:00Z'
}

async function mountScreening(record: ClientRecord) {
  const host = defineComponent({ render: () => h(ClientScreening, { record }) })
  const wrapper = await mountWithApp(host, {})
  await flushPromises()
  return wrapper
}

describe('screening form state', () => {
  it('computes an emergency as soon as saddle numbness is answered yes', () => {
    const form = useScreeningForm(() => client, today)
    expect(form.pending.value).toBe(true)
    form.setFlag('ces_bladder', 'no')
    expect(form.result.value.outcome).toBe('clear')
    form.setFlag('ces_saddle', 'yes')
    expect(form.result.value.outcome).toBe('emergency')
    expect(form.result.value.findings[0]?.action).toBe('Same day: send to the emergency department. Do not start the exercise plan.')
    expect(form.toInput().answers.flags).toEqual({ ces_bladder: 'no', ces_saddle: 'yes' })
  })

  it('answers the age questions from the date of birth instead of asking them', () => {
    const form = useScreeningForm(() => client, today)
    const items = form.groups.value.flatMap((g) => g.items)
    expect(items.find((i) => i.flag.id === 'age_older')?.derived).toBe('yes')
    expect(items.find((i) => i.flag.id === 'aaa_male_over_60')?.derived).toBe('no')
    expect(items.find((i) => i.flag.id === 'ces_saddle')?.derived).toBeUndefined()
    expect(form.groups.value[0]?.group).toBe('cauda_equina')
  })

  it('asks the age questions when there is no date of birth, and refuses a future date', () => {
    const form = useScreeningForm(() => ({}), today)
    expect(form.groups.value.flatMap((g) => g.items).every((i) => i.derived === undefined)).toBe(true)
    form.state.date = '2026-01-16'
    expect(form.dateError.value).toBe('screening.dateFuture')
  })

  it('sends the SpA features only while the gate is yes', () => {
    const form = useScreeningForm(() => client, today)
    form.setSpaGate('yes')
    form.setSpaFeature('buttock_pain', 'yes')
    expect(form.answers.value.spa).toEqual({ gate: 'yes', features: { buttock_pain: 'yes' } })
    form.setSpaGate('no')
    expect(form.answers.value.spa).toEqual({ gate: 'no', features: {} })
  })
})

describe('screening tab', () => {
  const record: ClientRecord = { client, screenings: [], plans: [] }

  it('does not ask the age-derived questions and says they come from the date of birth', async () => {
    const wrapper = await mountScreening(record)
    expect(wrapper.find('input[name="flag-age_older"]').exists()).toBe(false)
    expect(wrapper.find('input[name="flag-ces_saddle"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('Answered from date of birth (age 76)')
  })

  it('shows the outcome live and the SpA features only after the gate is yes', async () => {
    const wrapper = await mountScreening(record)
    expect(wrapper.get('[data-testid="outcome-banner"]').text()).toContain('Not screened yet')
    await wrapper.get('input[name="flag-ces_saddle"][value="yes"]').setValue(true)
    expect(wrapper.get('[data-testid="outcome-banner"]').text()).toContain('Emergency')

    expect(wrapper.find('input[name="spa-buttock_pain"]').exists()).toBe(false)
    await wrapper.get('input[name="spa-gate"][value="no"]').setValue(true)
    expect(wrapper.find('input[name="spa-buttock_pain"]').exists()).toBe(false)
    await wrapper.get('input[name="spa-gate"][value="yes"]').setValue(true)
    expect(wrapper.find('input[name="spa-buttock_pain"]').exists()).toBe(true)
  })
})
