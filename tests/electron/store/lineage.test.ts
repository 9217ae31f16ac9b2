import { describe, expect, it } from 'vitest'
import { descendant, joinLineage, versionHash, withLineage } from '../../../electron/main/store/lineage'
import type { ClientDocument } from '../../../electron/main/store/kinds'

const doc = (notes: string, plans: { id: string; title: string }[] = []): ClientDocument =>
  ({ schemaVersion: 3, client: { id: 'c1', notes }, screenings: [], plans, decisions: [] }) as unknown as ClientDocument

describe('the lineage of a client document', () => {
  it('remembers the version each save replaced, and forgets records that are gone', () => {
    const v1 = doc('first', [{ id: 'p1', title: 'Knee' }])
    const v2 = withLineage(v1, doc('second', [{ id: 'p1', title: 'Knee' }]))
    expect(v2.lineage).toEqual({ client: [versionHash(v1.client)] })
    const v3 = withLineage(v2, { ...v2, plans: [{ id: 'p1', title: 'Knee, harder' }] } as unknown as ClientDocument)
    expect(v3.lineage?.['plan:p1']).toEqual([versionHash(v1.plans[0])])
    expect(withLineage(v3, { ...v3, plans: [] }).lineage).toEqual({ client: [versionHash(v1.client)] })
  })

  it('an unchanged save leaves the document as it was', () => {
    const v1 = doc('same')
    expect(withLineage(v1, { ...v1 })).toEqual(v1)
  })

  it('knows which version is the later only when exactly one is the past', () => {
    const [a, b, c] = [{ t: 'a' }, { t: 'b' }, { t: 'c' }]
    const lineage = joinLineage({ plan: [versionHash(a)] }, { plan: [versionHash(b)] })
    expect(descendant(lineage, 'plan', c, a)).toBe(c)
    expect(descendant(lineage, 'plan', a, c)).toBe(c)
    // Edited back to an earlier version on one side: both are "the past", so it is a conflict.
    expect(descendant(lineage, 'plan', a, b)).toBeNull()
    expect(descendant(lineage, 'other', a, c)).toBeNull()
  })
})
