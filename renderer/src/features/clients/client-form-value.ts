import type { Client } from '../../../../shared/domain/client'
import type { ConditionId } from '../../../../shared/domain/condition'
import type { Operation, Restriction } from '../../../../shared/domain/post-op'
import type { ClientInput } from '../../../../shared/ipc/store-types'
import type { ClientFormValue, LimitFields } from './ClientForm.vue'

export const emptyClientForm = (): ClientFormValue => ({
  givenName: '', familyName: '', dateOfBirth: '', sex: '', conditions: [], problemAreas: [], operations: {}, limits: {}, surgeonRestrictions: '', notes: ''
})

export const noLimits = (): LimitFields => ({ hipFlexion: '', noArmLift: false, weightBearing: '' })

function limitsOf(restrictions: readonly Restriction[]): ClientFormValue['limits'] {
  const limits: ClientFormValue['limits'] = {}
  for (const r of restrictions) {
    const fields = (limits[r.condition] ??= noLimits())
    if (r.kind === 'hip-flexion-limit') fields.hipFlexion = String(r.degrees)
    else if (r.kind === 'no-active-shoulder-elevation') fields.noArmLift = true
    else fields.weightBearing = r.status
  }
  return limits
}

export const clientToForm = (client: Client): ClientFormValue => ({
  givenName: client.givenName,
  familyName: client.familyName,
  dateOfBirth: client.dateOfBirth ?? '',
  sex: client.sex ?? '',
  conditions: [...client.conditions],
  problemAreas: [...(client.problemAreas ?? [])],
  operations: Object.fromEntries((client.operations ?? []).map((o) => [o.condition, { date: o.date, side: o.side }])),
  limits: limitsOf(client.restrictions ?? []),
  surgeonRestrictions: client.surgeonRestrictions,
  notes: client.notes
})

/**
 * The operations and limits of the conditions still chosen. A half-filled operation (a date
 * without a side) is sent as it is, so main refuses it with a message instead of it vanishing.
 */
function operationsOf(form: ClientFormValue): Operation[] {
  return Object.entries(form.operations)
    .filter(([condition, o]) => form.conditions.includes(condition) && (o.date !== '' || o.side !== ''))
    .map(([condition, o]) => ({ condition, date: o.date, side: o.side }) as Operation)
}

function restrictionsOf(form: ClientFormValue): Restriction[] {
  return Object.entries(form.limits).filter(([condition]) => form.conditions.includes(condition)).flatMap(([id, l]) => {
    const condition = id as ConditionId
    const out: Restriction[] = []
    if (l.hipFlexion.trim() !== '') out.push({ kind: 'hip-flexion-limit', condition, degrees: Number(l.hipFlexion) })
    if (l.noArmLift) out.push({ kind: 'no-active-shoulder-elevation', condition })
    if (l.weightBearing) out.push({ kind: 'weight-bearing', condition, status: l.weightBearing })
    return out
  })
}

/** Conditions whose operation has a date without a side, or a side without a date: i18n keys by condition. */
export function operationProblems(form: ClientFormValue): Record<string, string> {
  const problems: Record<string, string> = {}
  for (const [condition, o] of Object.entries(form.operations)) {
    if (!form.conditions.includes(condition)) continue
    if (o.date !== '' && o.side === '') problems[condition] = 'client.postOp.needSide'
    else if (o.date === '' && o.side !== '') problems[condition] = 'client.postOp.needDate'
  }
  return problems
}

/** Empty optional fields are left out rather than sent as invalid empty strings. */
export const formToInput = (form: ClientFormValue): ClientInput => ({
  givenName: form.givenName,
  familyName: form.familyName,
  ...(form.dateOfBirth ? { dateOfBirth: form.dateOfBirth } : {}),
  ...(form.sex ? { sex: form.sex } : {}),
  conditions: form.conditions as ConditionId[],
  problemAreas: form.problemAreas,
  operations: operationsOf(form),
  restrictions: restrictionsOf(form),
  surgeonRestrictions: form.surgeonRestrictions,
  notes: form.notes
})
