import { describe, expect, it } from 'vitest'
import type { Client } from '../../shared/domain/client'
import { clientInputSchema } from '../../shared/ipc/store-types'
import { clientToForm, formToInput } from '../../renderer/src/features/clients/client-form-value'

const client: Client = {
  id: 'c1', schemaVersion: 1, givenName: 'Ana', familyName: 'Silva', conditions: ['tkr_early', 'thr_posterior'], problemAreas: ['back'],
  operations: [{ condition: 'tkr_early', date: '2026-02-20', side: 'left' }, { condition: 'thr_posterior', date: '2025-12-01', side: 'right' }],
  restrictions: [
    { kind: 'weight-bearing', condition: 'tkr_early', status: 'partial-weight-bearing' },
    { kind: 'hip-flexion-limit', condition: 'thr_posterior', degrees: 90 },
    { kind: 'weight-bearing', condition: 'thr_posterior', status: 'as-tolerated' }
  ],
  surgeonRestrictions: 'No kneeling.', notes: '', archived: false, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z'
}

describe('the client form keeps operations, limits and problem areas', () => {
  it('round-trips every operation, structured restriction and area unchanged', () => {
    const input = formToInput(clientToForm(client))
    expect(input.problemAreas).toEqual(['back'])
    expect(input.operations).toEqual(client.operations)
    expect(input.restrictions).toHaveLength(3)
    expect(input.restrictions).toEqual(expect.arrayContaining(client.restrictions!))
    expect(clientInputSchema.safeParse(input).success).toBe(true)
  })

  it('turns the typed limits into structured restrictions for the checks', () => {
    const form = clientToForm({ ...client, operations: [], restrictions: [] })
    form.operations.tkr_early = { date: '2026-02-20', side: 'right' }
    form.limits.thr_posterior = { hipFlexion: '80', noArmLift: false, weightBearing: 'touch-weight-bearing' }
    const input = formToInput(form)
    expect(input.operations).toEqual([{ condition: 'tkr_early', date: '2026-02-20', side: 'right' }])
    expect(input.restrictions).toEqual([
      { kind: 'hip-flexion-limit', condition: 'thr_posterior', degrees: 80 },
      { kind: 'weight-bearing', condition: 'thr_posterior', status: 'touch-weight-bearing' }
    ])
  })

  it('sends a date without a side as it is, so it is refused with a message rather than dropped', () => {
    const form = clientToForm({ ...client, operations: [] })
    form.operations.tkr_early = { date: '2026-02-20', side: '' }
    const result = clientInputSchema.safeParse(formToInput(form))
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('Side must be left, right or both')
  })

  it('drops the operation and limits of a condition the clinician unticked', () => {
    const form = clientToForm(client)
    form.conditions = ['tkr_early']
    const input = formToInput(form)
    expect(input.operations?.map((o) => o.condition)).toEqual(['tkr_early'])
    expect(input.restrictions?.every((r) => r.condition === 'tkr_early')).toBe(true)
  })
})
