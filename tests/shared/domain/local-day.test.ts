import { describe, expect, it } from 'vitest'
import { localDay } from '../../../shared/domain/common'

describe('localDay', () => {
  it('gives the local calendar day, zero-padded, even late in the evening', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
    expect(localDay(new Date(2026, 10, 20, 0, 1))).toBe('2026-11-20')
  })
})
