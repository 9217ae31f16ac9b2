import { z } from 'zod'
import type { Client } from '../domain/client'
import { idSchema } from '../domain/common'
import { decisionChoiceSchema, type ClinicalDecision } from '../domain/decision'
import type { Plan } from '../domain/plan'
import type { Screening } from '../domain/screening'
import type { Settings } from '../domain/settings'
import type { Template } from '../domain/template'
import { method } from './define'
import { exportPassphraseSchema } from './privacy-contract'
import {
  clientInputSchema,
  clientPatchSchema,
  customExerciseInputSchema,
  deleteConfirmation,
  imageBytesSchema,
  clientPageQuerySchema,
  listClientsQuerySchema,
  planInputSchema,
  screeningInputSchema,
  settingsInputSchema,
  templateInputSchema,
  type BackupInfo,
  type ClientExport,
  type ClientPage,
  type ClientRecord,
  type ClientSummary,
  type CustomExerciseRecord,
  type ImportReport,
  type Photo,
  type PhotoRef,
  type StoreNotice
} from './store-types'

/** The store's part of the IPC contract: clients, screenings, plans, templates, custom exercises, settings, backups. */
export const storeContract = {
  listClients: method(z.tuple([listClientsQuerySchema.optional()])).returns<ClientSummary[]>(),
  /** One page of the searched, sorted list, with the totals: what the Clients page asks for. */
  pageClients: method(z.tuple([clientPageQuerySchema])).returns<ClientPage>(),
  getClient: method(z.tuple([idSchema])).returns<ClientRecord>(),
  createClient: method(z.tuple([clientInputSchema])).returns<Client>(),
  updateClient: method(z.tuple([idSchema, clientPatchSchema])).returns<Client>(),
  archiveClient: method(z.tuple([idSchema])).returns<Client>(),
  restoreClient: method(z.tuple([idSchema])).returns<Client>(),
  deleteClient: method(z.tuple([idSchema, z.literal(deleteConfirmation)])).returns<void>(),
  /** Asks where to save with the native dialog; null when the clinician cancels. */
  exportClient: method(z.tuple([idSchema])).returns<ClientExport | null>(),

  listScreenings: method(z.tuple([idSchema])).returns<Screening[]>(),
  saveScreening: method(z.tuple([idSchema, screeningInputSchema])).returns<Screening>(),
  /** Records referred / cleared / proceeding against the latest screening that holds the handout. */
  recordDecision: method(z.tuple([idSchema, decisionChoiceSchema])).returns<ClinicalDecision>(),

  listPlans: method(z.tuple([idSchema])).returns<Plan[]>(),
  createPlan: method(z.tuple([idSchema, planInputSchema])).returns<Plan>(),
  savePlan: method(z.tuple([idSchema, idSchema, planInputSchema])).returns<Plan>(),
  deletePlan: method(z.tuple([idSchema, idSchema])).returns<void>(),

  listTemplates: method(z.tuple([])).returns<Template[]>(),
  saveTemplate: method(z.tuple([templateInputSchema])).returns<Template>(),
  deleteTemplate: method(z.tuple([idSchema])).returns<void>(),
  /** A copy the clinician owns, of a built-in or an own template, under a free name. */
  duplicateTemplate: method(z.tuple([idSchema])).returns<Template>(),
  /** Main asks where to save (native dialog); null when the clinician cancels. */
  exportTemplate: method(z.tuple([idSchema])).returns<{ filePath: string } | null>(),
  /** Main asks for the file (native dialog), checks it and adds it; null when cancelled. */
  importTemplate: method(z.tuple([])).returns<Template | null>(),

  listCustomExercises: method(z.tuple([])).returns<CustomExerciseRecord[]>(),
  saveCustomExercise: method(z.tuple([customExerciseInputSchema])).returns<CustomExerciseRecord>(),
  deleteCustomExercise: method(z.tuple([idSchema])).returns<void>(),
  addCustomExercisePhoto: method(z.tuple([idSchema, imageBytesSchema])).returns<PhotoRef>(),
  removeCustomExercisePhoto: method(z.tuple([idSchema, idSchema])).returns<void>(),
  getCustomExercisePhoto: method(z.tuple([idSchema, idSchema])).returns<Photo>(),

  getSettings: method(z.tuple([])).returns<Settings>(),
  saveSettings: method(z.tuple([settingsInputSchema])).returns<Settings>(),
  setClinicLogo: method(z.tuple([imageBytesSchema.nullable()])).returns<Settings>(),
  getClinicLogo: method(z.tuple([])).returns<Photo | null>(),

  backupNow: method(z.tuple([])).returns<BackupInfo>(),
  listBackups: method(z.tuple([])).returns<BackupInfo[]>(),
  restoreBackup: method(z.tuple([z.string().regex(/^[0-9TZ-]+-[a-z-]+$/, 'Not a backup id')])).returns<BackupInfo | null>(),
  /** Both ask for the file with the native dialog; null when the clinician cancels. */
  /** The export is encrypted with a passphrase chosen now; an import asks for it (none for an older, plain export). */
  exportAll: method(z.tuple([exportPassphraseSchema])).returns<{ filePath: string; clients: number } | null>(),
  importAll: method(z.tuple([exportPassphraseSchema.optional()])).returns<ImportReport | null>(),
  getStoreNotices: method(z.tuple([])).returns<StoreNotice[]>(),
  dismissStoreNotice: method(z.tuple([z.string().uuid()])).returns<void>()
}
