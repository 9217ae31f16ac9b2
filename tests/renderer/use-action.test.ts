import { describe, expect, it } from 'vitest'
import { fieldErrorsOf, useAction } from '../../renderer/src/ui/use-action'

describe('the shared action helper', () => {
  it('is busy while the call runs, then keeps the error and its field messages', async () => {
    const action = useAction<'save'>()
    let finish!: (value: { ok: false; error: { code: 'invalid-input'; message: string; issues: { argument: number; path: string; message: string }[] } }) => void
    const running = action.run(() => new Promise((resolve) => (finish = resolve)), { kind: 'save' })
    expect(action.busy.value).toBe('save')
    finish({ ok: false, error: { code: 'invalid-input', message: 'Some details are not valid.', issues: [{ argument: 1, path: 'clinicEmail', message: 'Enter a valid email' }] } })
    await running
    expect(action.busy.value).toBeNull()
    expect(action.fieldErrors.value).toEqual({ clinicEmail: 'Enter a valid email' })
    expect(action.done.value).toBeUndefined()
  })

  it('says what was done on success and clears the previous error', async () => {
    const action = useAction()
    await action.run(async () => ({ ok: false, error: { code: 'io-error', message: 'Disk' } }))
    await action.run(async () => ({ ok: true, value: 'Zoë' }), { done: (name) => `Saved ${name}` })
    expect(action.error.value).toBeUndefined()
    expect(action.done.value).toBe('Saved Zoë')
  })

  it('keys nested field messages by path and by their top-level field', () => {
    const errors = fieldErrorsOf({ code: 'invalid-input', message: 'x', issues: [{ path: 'conditions.2', message: 'Unknown condition' }, { path: '', message: 'whole' }] })
    expect(errors).toEqual({ 'conditions.2': 'Unknown condition', conditions: 'Unknown condition' })
  })
})
