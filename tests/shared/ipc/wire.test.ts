import { describe, expect, it } from 'vitest'
import { decodeCall, encodeCall, jsonTooLarge, type WireLimits } from '../../../shared/ipc/wire'

const limits: WireLimits = { textLength: 1024 * 1024, bytes: 6 * 1024 * 1024, keys: 5_000, values: 20_000, depth: 24 }

describe('a call in its wire form', () => {
  it('comes back as it was sent: photos as bytes, an undefined middle argument, odd characters', () => {
    const photo = new Uint8Array([0, 255, 1, 128])
    const args = ['custom-1', undefined, { bytes: photo, name: 'Zoë \u0000wire "quoted" \\ ' }, [photo.subarray(1, 3)]]
    const decoded = decodeCall(encodeCall(args), limits)
    expect(decoded).toEqual({ ok: true, args })
    if (!decoded.ok) return
    expect(decoded.args[2]).toMatchObject({ bytes: expect.any(Uint8Array) })
    expect(Array.from((decoded.args[3] as Uint8Array[])[0]!)).toEqual([255, 1])
  })

  it('leaves out trailing undefined arguments, so optional ones stay optional', () => {
    expect(encodeCall([{ query: 'a' }, undefined, undefined])).toEqual(['[{"query":"a"}]'])
    expect(decodeCall(encodeCall([]), limits)).toEqual({ ok: true, args: [] })
  })

  it('refuses what the preload never sends, without building it', () => {
    expect(decodeCall([{ givenName: 'Ana' }], limits)).toEqual({ ok: false, reason: 'malformed' })
    expect(decodeCall([], limits)).toEqual({ ok: false, reason: 'malformed' })
    expect(decodeCall(['{"not":"a list"}'], limits)).toEqual({ ok: false, reason: 'malformed' })
    expect(decodeCall(['[1,'], limits)).toEqual({ ok: false, reason: 'malformed' })
    expect(decodeCall(['[]', 'not bytes'], limits)).toEqual({ ok: false, reason: 'malformed' })
  })

  it('refuses byte references that point nowhere, twice to one part, or leave a part unused', () => {
    const [json] = encodeCall([{ bytes: new Uint8Array(1) }])
    expect(decodeCall([json], limits)).toEqual({ ok: false, reason: 'malformed' })
    expect(decodeCall([json, new Uint8Array(1), new Uint8Array(1)], limits)).toEqual({ ok: false, reason: 'malformed' })
    const [twice] = encodeCall([new Uint8Array(1), new Uint8Array(1)])
    expect(decodeCall([twice.replace(':1}', ':0}'), new Uint8Array(1), new Uint8Array(1)], limits)).toEqual({ ok: false, reason: 'malformed' })
  })

  it('refuses a text or bytes over their budget', () => {
    expect(decodeCall(encodeCall(['x'.repeat(600_000)]), limits)).toEqual({ ok: false, reason: 'too large' })
    expect(decodeCall(encodeCall([new Uint8Array(7 * 1024 * 1024)]), limits)).toEqual({ ok: false, reason: 'too large' })
  })
})

describe('counting a JSON text before parsing it', () => {
  it('counts keys, values and depth outside strings only', () => {
    const keys = Object.fromEntries(Array.from({ length: 5_001 }, (_, i) => [`k${i}`, i]))
    expect(jsonTooLarge(JSON.stringify([keys]), limits)).toBe('too many values')
    expect(jsonTooLarge(JSON.stringify([Array.from({ length: 20_001 }, () => 0)]), limits)).toBe('too many values')
    expect(jsonTooLarge('['.repeat(25) + ']'.repeat(25), limits)).toBe('nested too deeply')
    // Colons, commas and brackets inside strings (and escaped quotes) are text, not structure.
    const note = 'Hold: 5 s, then [rest] {"a":1}, \\" again: '.repeat(2_000)
    expect(jsonTooLarge(JSON.stringify([{ note }]), limits)).toBeNull()
  })

  it('lets a 60-exercise plan through', () => {
    const item = { exerciseId: 'cat-cow', dose: { holdSeconds: 5, reps: 10, sets: 2, side: 'both', perDay: 1 }, notes: 'Slowly, within comfort.' }
    const plan = { title: 'Back, phase 2', goals: ['Walk to the shops'], items: Array.from({ length: 60 }, () => ({ ...item, dose: { ...item.dose } })) }
    expect(jsonTooLarge(JSON.stringify([plan]), limits)).toBeNull()
  })
})
