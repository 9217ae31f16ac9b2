import type { Client } from '../../../../shared/domain/client'
import type { ConditionId } from '../../../../shared/domain/condition'
import type { ClientInput } from '../../../../shared/ipc/store-types'
import type { ClientFormValue } from './ClientForm.vue'

export const emptyClientForm = (): ClientFormValue => ({
  givenName: '', familyName: '', dateOfBirth: '', sex: '', conditions: [], surgeonRestrictions: '', notes: ''
})

export const clientToForm = (client: Client): ClientFormValue => ({
  givenName: client.givenName,
  familyName: client.familyName,
  dateOfBirth: client.dateOfBirth ?? '',
  sex: client.sex ?? '',
  conditions: [...client.conditions],
  surgeonRestrictions: client.surgeonRestrictions,
  notes: client.notes
})

/** Empty optional fields are left out rather than sent as invalid empty strings. */
export const formToInput = (form: ClientFormValue): ClientInput => ({
  givenName: form.givenName,
  familyName: form.familyName,
  ...(form.dateOfBirth ? { dateOfBirth: form.dateOfBirth } : {}),
  ...(form.sex ? { sex: form.sex } : {}),
  conditions: form.conditions as ConditionId[],
  surgeonRestrictions: form.surgeonRestrictions,
  notes: form.notes
})
