import { describe, expect, it } from 'vitest'
import { reactive, ref } from 'vue'
import { plain } from '../../renderer/src/api'

describe('plain', () => {
  it('strips reactive proxies at every depth, so the result survives structured cloning', () => {
    const form = ref({ name: 'Zoë', conditions: ['osteoporosis'], handout: reactive({ paper: 'A4' }), bytes: new Uint8Array([1, 2]) })
    const copy = plain({ ...form.value, conditions: form.value.conditions })
    expect(() => structuredClone(copy)).not.toThrow()
    expect(copy).toEqual({ name: 'Zoë', conditions: ['osteoporosis'], handout: { paper: 'A4' }, bytes: new Uint8Array([1, 2]) })
    copy.conditions.push('changed')
    expect(form.value.conditions).toEqual(['osteoporosis'])
  })
})
