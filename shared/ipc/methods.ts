/**
 * The names of the IPC methods, kept free of zod so the sandboxed preload stays
 * tiny. contract.ts must define exactly these keys (TypeScript checks both ways).
 */
export const methodNames = [
  'getAppInfo',
  // handouts
  'previewHandout',
  'saveHandout',
  'printHandout',
  'openSavedFile',
  // clients
  'listClients',
  'pageClients',
  'getClient',
  'createClient',
  'updateClient',
  'archiveClient',
  'restoreClient',
  'deleteClient',
  'exportClient',
  // screenings
  'listScreenings',
  'saveScreening',
  'recordDecision',
  // plans
  'listPlans',
  'createPlan',
  'savePlan',
  'deletePlan',
  // templates
  'listTemplates',
  'saveTemplate',
  'deleteTemplate',
  'duplicateTemplate',
  'exportTemplate',
  'importTemplate',
  // custom exercises
  'listCustomExercises',
  'saveCustomExercise',
  'deleteCustomExercise',
  'addCustomExercisePhoto',
  'removeCustomExercisePhoto',
  'getCustomExercisePhoto',
  // settings
  'getSettings',
  'saveSettings',
  'setClinicLogo',
  'getClinicLogo',
  // backups, export and import, store health
  'backupNow',
  'listBackups',
  'restoreBackup',
  'exportAll',
  'importAll',
  'getStoreNotices',
  'dismissStoreNotice',
  // privacy: keys and the lock screen
  'getPrivacyStatus',
  'unlockRecords',
  'setPassphrase',
  'newRecoveryKey',
  'takeRecoveryKey',
  'getRetention',
  'saveRetention'
] as const

export type MethodName = (typeof methodNames)[number]

export const channelOf = (name: MethodName): string => `physioplan:${name}`

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (methodNames as readonly string[]).includes(value)
}
