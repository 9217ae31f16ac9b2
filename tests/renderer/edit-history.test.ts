import { describe, expect, it } from 'vitest'
import { createEditHistory } from '../../renderer/src/features/plan-builder/edit-history'
import { editKey } from '../../renderer/src/features/plan-builder/edit-key'
import { undoKeyOf } from '../../renderer/src/features/plan-builder/use-undo-keys'
import { makeItem } from '../shared/fixtures'

const clone = <T>(value: T): T => structuredClone(value)

describe('edit history', () => {
  it('undoes and redoes in order, and a new edit clears what could be redone', () => {
    const history = createEditHistory<string[]>(clone)
    history.record(['a'])
    history.record(['a', 'b'])
    expect(history.undo(['a', 'b', 'c'])).toEqual(['a', 'b'])
    expect(history.undo(['a', 'b'])).toEqual(['a'])
    expect(history.undo(['a'])).toBeUndefined()
    expect(history.redo(['a'])).toEqual(['a', 'b'])
    expect(history.canRedo).toBe(true)
    history.record(['a', 'b'])
    expect(history.canRedo).toBe(false)
  })

  it('merges keystrokes in one field into one step, but not across fields or after a pause', () => {
    let clock = 0
    const history = createEditHistory<string>(clone, 100, 1000, () => clock)
    history.record('', 'title')
    clock = 200
    history.record('H', 'title')
    clock = 400
    history.record('Hi', 'title')
    clock = 500
    history.record('Hi!', 'goals')
    clock = 5000
    history.record('Hi!?', 'goals')
    expect(history.undo('Hi!?x')).toBe('Hi!?')
    expect(history.undo('Hi!?')).toBe('Hi!')
    expect(history.undo('Hi!')).toBe('')
    expect(history.canUndo).toBe(false)
  })

  it('keeps at most the limit, dropping the oldest', () => {
    const history = createEditHistory<number>(clone, 3)
    for (const n of [1, 2, 3, 4, 5]) history.record(n)
    expect([history.undo(6), history.undo(5), history.undo(4), history.undo(3)]).toEqual([5, 4, 3, undefined])
  })

  it('gives back a copy, so editing the restored state never changes the history', () => {
    const history = createEditHistory<{ n: number[] }>(clone)
    const state = { n: [1] }
    history.record(state)
    state.n.push(2)
    const back = history.undo(state)!
    expect(back).toEqual({ n: [1] })
    back.n.push(9)
    expect(history.redo(back)).toEqual({ n: [1, 2] })
  })
})

describe('edit keys (which edits merge)', () => {
  const base = { title: 'Plan', goals: [], items: [makeItem('cat-cow', 0), makeItem('bridge', 1)] }

  it('names a single typed field', () => {
    expect(editKey(base, { ...base, title: 'Plan 2' })).toBe('title')
    const items = [{ ...base.items[0]!, patientNote: 'Slowly' }, base.items[1]!]
    expect(editKey(base, { ...base, items })).toBe('item-0.patientNote')
    const dosed = [base.items[0]!, { ...base.items[1]!, dosage: { ...base.items[1]!.dosage, reps: 5 } }]
    expect(editKey(base, { ...base, items: dosed })).toBe('item-1.dosage')
  })

  it('gives structural edits no key, so each is its own undo step', () => {
    expect(editKey(base, { ...base, items: [base.items[1]!, base.items[0]!] })).toBeUndefined()
    expect(editKey(base, { ...base, items: [base.items[0]!] })).toBeUndefined()
    const swapped = [{ ...base.items[0]!, exerciseId: 'crook-lying-rest' }, base.items[1]!]
    expect(editKey(base, { ...base, items: swapped })).toBeUndefined()
    const kept = [{ ...base.items[0]!, acknowledgedWarnings: [{ condition: 'osteoporosis' as const, reason: 'Fine', date: '2025-01-01' }] }, base.items[1]!]
    expect(editKey(base, { ...base, items: kept })).toBeUndefined()
  })
})

describe('undo shortcuts', () => {
  const key = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
    undoKeyOf({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })

  it('Ctrl/Cmd+Z undoes; Ctrl+Y and Ctrl/Cmd+Shift+Z redo; plain keys do nothing', () => {
    expect(key('z', { ctrlKey: true })).toBe('undo')
    expect(key('z', { metaKey: true })).toBe('undo')
    expect(key('y', { ctrlKey: true })).toBe('redo')
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo')
    expect(key('Z', { metaKey: true, shiftKey: true })).toBe('redo')
    expect(key('z')).toBeUndefined()
    expect(key('y', { metaKey: true })).toBeUndefined()
    expect(key('z', { ctrlKey: true, altKey: true })).toBeUndefined()
  })
})
