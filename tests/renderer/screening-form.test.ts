import { flushPromises } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { describe, expect, it } from 'vitest'
import ClientScreening from '../../renderer/src/features/screening/ClientScreening.vue'
import { useScreeningForm } from '../../renderer/src/features/screening/use-screening-form'
import type { Client } from '../../shared/domain'
import { defaultSettings } from '../../shared/domain/settings'
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
  // The date field asks Settings for the date format.
  const wrapper = await mountWithApp(host, { getSettings: async () => ({ ok: true as const, value: defaultSettings }) })
  await flushPromises()
  return wrapper
}

describe('screening form state', () => {
  it('computes an emergency as soon as saddle numbness is answered yes', () => {
    const form = useScreeningForm(() => client, today)
    expect(form.pending.value).toBe(true)
    form.setFlag('ces_bladder', 'no')
    // One answer of many is never "clear".
    expect(form.result.value.outcome).toBe('incomplete')
    form.setFlag('ces_saddle', 'yes')
    expect(form.result.value.outcome).toBe('emergency')
    expect(form.result.value.findings[0]?.action).toBe('Same day: send to the emergency department. Do not start the exercise plan.')
    expect(form.toInput().answers.flags).toEqual({ ces_bladder: 'no', ces_saddle: 'yes' })
  })

  it('suggests the age questions from the date of birth until the clinician answers them', () => {
    const form = useScreeningForm(() => client, today)
    const itemOf = (id: string) => form.groups.value.flatMap((g) => g.items).find((i) => i.flag.id === id)
    expect(itemOf('age_older')?.derived).toBe('yes')
    expect(itemOf('aaa_male_over_60')?.derived).toBe('no')
    expect(itemOf('ces_saddle')?.derived).toBeUndefined()
    // The first episode cannot be known from today's age: always asked.
    expect(itemOf('age_onset')?.derived).toBeUndefined()
    expect(form.groups.value[0]?.group).toBe('cauda_equina')
    form.setFlag('age_older', 'no')
    expect(itemOf('age_older')?.derived).toBeUndefined()
    expect(form.toInput().answers.flags.age_older).toBe('no')
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
  const record: ClientRecord = { client, screenings: [], plans: [], decisions: [] }

  it('asks the age questions with the date of birth\'s answer pre-selected and marked as a suggestion', async () => {
    const wrapper = await mountScreening(record)
    expect(wrapper.get<HTMLInputElement>('input[name="flag-age_older"][value="yes"]').element.checked).toBe(true)
    expect(wrapper.find('input[name="flag-ces_saddle"]').exists()).toBe(true)
    expect(wrapper.text()).toMatch(/Suggested from date of birth \(age \d+\)\. Choose an answer to confirm or change it\./)
    await wrapper.get('input[name="flag-age_older"][value="no"]').setValue(true)
    expect(wrapper.get<HTMLInputElement>('input[name="flag-age_older"][value="no"]').element.checked).toBe(true)
  }, 20_000) // the first mount compiles every component; slow on a loaded build machine

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
