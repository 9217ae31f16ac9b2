import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import DateField from '../../renderer/src/ui/DateField.vue'
import { readTypedDay, typedDay } from '../../renderer/src/ui/typed-day'
import type { DateFormat } from '../../shared/domain/date-format'
import { defaultSettings } from '../../shared/domain/settings'
import { mountWithApp } from './mount'

describe('a typed day', () => {
  it('is read in the clinic’s order, day first by default', () => {
    expect(readTypedDay('02/04/1958', 'dmy')).toEqual({ day: '1958-04-02' })
    expect(readTypedDay('2.4.1958', 'dmy')).toEqual({ day: '1958-04-02' })
    expect(readTypedDay('04/02/1958', 'mdy')).toEqual({ day: '1958-04-02' })
    expect(readTypedDay('1958-04-02', 'ymd')).toEqual({ day: '1958-04-02' })
    // Year first is unambiguous, whatever the setting.
    expect(readTypedDay('1958-04-02', 'dmy')).toEqual({ day: '1958-04-02' })
    expect(readTypedDay('  ', 'dmy')).toEqual({ day: '' })
  })

  it('is refused when it is not a day in that form, or no such day exists', () => {
    expect(readTypedDay('2/4/58', 'dmy')).toEqual({ problem: 'format' })
    expect(readTypedDay('April 2nd', 'dmy')).toEqual({ problem: 'format' })
    expect(readTypedDay('31/04/2026', 'dmy')).toEqual({ problem: 'noSuchDay' })
    expect(readTypedDay('29/02/2025', 'dmy')).toEqual({ problem: 'noSuchDay' })
    expect(readTypedDay('13/25/2026', 'mdy')).toEqual({ problem: 'noSuchDay' })
  })

  it('is written back in the same form', () => {
    expect(typedDay('1958-04-02', 'dmy')).toBe('02/04/1958')
    expect(typedDay('1958-04-02', 'mdy')).toBe('04/02/1958')
    expect(typedDay('1958-04-02', 'ymd')).toBe('1958-04-02')
  })
})

/** A labelled DateField bound to a day, under the given date format setting. */
async function mountField(dateFormat: DateFormat, initial = '') {
  const day = ref(initial)
  const Host = defineComponent(() => () => [h('label', { for: 'dob' }, 'Date of birth'), h(DateField, { id: 'dob', modelValue: day.value, 'onUpdate:modelValue': (v: string) => (day.value = v) })])
  const settings = { ...defaultSettings, locale: { language: 'en' as const, dateFormat } }
  const wrapper = await mountWithApp(Host, { getSettings: async () => ({ ok: true as const, value: settings }) })
  await flushPromises()
  return { wrapper, day }
}

describe('the date field', () => {
  it('stores a day typed day-month-year as that ISO day, and shows the form to type', async () => {
    const { wrapper, day } = await mountField('dmy')
    const input = wrapper.get('#dob')
    expect(input.attributes('type')).toBe('text')
    expect(wrapper.get('#dob-hint').text()).toBe('Type as dd/mm/yyyy, for example 23/04/1962.')
    expect(input.attributes('aria-describedby')).toBe('dob-hint')
    await input.setValue('02/04/1958')
    expect(day.value).toBe('1958-04-02')
  })

  it('shows a stored day in the set format (month first when chosen)', async () => {
    const { wrapper } = await mountField('mdy', '1958-04-02')
    expect((wrapper.get('#dob').element as HTMLInputElement).value).toBe('04/02/1958')
    expect(wrapper.get('#dob-hint').text()).toContain('mm/dd/yyyy')
  })

  it('says what is wrong with an impossible day once left, and keeps the text so it cannot be saved as another day', async () => {
    const { wrapper, day } = await mountField('dmy', '1958-04-02')
    const input = wrapper.get('#dob')
    ;(input.element as HTMLInputElement).value = '31/04/1958'
    await input.trigger('input') // typed, not yet left
    expect(wrapper.find('#dob-error').exists()).toBe(false)
    await input.trigger('change')
    expect(wrapper.get('#dob-error').text()).toBe('There is no such day. Check the day and the month.')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toBe('dob-hint dob-error')
    expect(day.value).toBe('31/04/1958')
    await input.setValue('yesterday')
    expect(wrapper.get('#dob-error').text()).toBe('This is not a date in the form dd/mm/yyyy. For example: 23/04/1962.')
  })
})
