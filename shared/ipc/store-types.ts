import { z } from 'zod'
import { clientSchema, type Client } from '../domain/client'
import type { ClinicalDecision } from '../domain/decision'
import { idSchema, isoDateSchema, isoDateTimeSchema } from '../domain/common'
import { conditionIdSchema } from '../domain/condition'
import { exerciseSchema, type Exercise } from '../domain/exercise'
import { planSchema, type Plan } from '../domain/plan'
import { outcomeSchema, screeningSchema, type Screening } from '../domain/screening'
import { templateSchema } from '../domain/template'
import { settingsSchema } from '../domain/settings'

/** Shapes the store's IPC methods accept and return. Server-set fields (id, dates, versions) never come from the renderer. */

const clientFields = z.object(clientSchema.shape).shape
const hasName = (c: { givenName?: string; familyName?: string; displayName?: string }) =>
  [c.givenName ?? '', c.familyName ?? '', c.displayName ?? ''].some((n) => n.trim() !== '')

/** What the clinician may set on a client; ids, dates and the version are the store's. */
const clientEditableSchema = z.object({
  givenName: clientFields.givenName,
  familyName: clientFields.familyName,
  displayName: clientFields.displayName,
  dateOfBirth: clientFields.dateOfBirth,
  sex: clientFields.sex,
  conditions: clientFields.conditions,
  problemAreas: clientFields.problemAreas,
  surgeonRestrictions: clientFields.surgeonRestrictions,
  operations: clientFields.operations,
  restrictions: clientFields.restrictions,
  notes: clientFields.notes
})

export const clientInputSchema = clientEditableSchema
  .extend({
    conditions: clientFields.conditions.default([]),
    surgeonRestrictions: clientFields.surgeonRestrictions.default(''),
    notes: clientFields.notes.default('')
  })
  .strict()
  .refine(hasName, { message: 'Give the client a name', path: ['givenName'] })
export type ClientInput = z.input<typeof clientInputSchema>

export const clientPatchSchema = clientEditableSchema.partial().strict()
export type ClientPatch = z.input<typeof clientPatchSchema>

export const planInputSchema = planSchema.omit({ id: true, schemaVersion: true, clientId: true, createdAt: true, updatedAt: true, givenToPatientOn: true }).strict()
export type PlanInput = z.input<typeof planInputSchema>

/** A plan's editable part, as createPlan and savePlan take it. */
export function planInputOf(plan: Plan): PlanInput & { items: Plan['items'] } {
  const { id: _id, schemaVersion: _v, clientId: _c, createdAt: _ca, updatedAt: _ua, givenToPatientOn: _given, ...input } = plan
  return input
}

/** The answers only: main works out the outcome itself. */
export const screeningInputSchema = screeningSchema.omit({ id: true, schemaVersion: true, clientId: true, createdAt: true, outcome: true }).strict()
export type ScreeningInput = z.input<typeof screeningInputSchema>

export const templateInputSchema = templateSchema
  .omit({ schemaVersion: true, builtIn: true })
  .extend({ id: idSchema.optional() })
  .strict()
export type TemplateInput = z.input<typeof templateInputSchema>

export const customExerciseInputSchema = exerciseSchema.omit({ schemaVersion: true }).extend({ id: idSchema.optional() }).strict()
export type CustomExerciseInput = z.input<typeof customExerciseInputSchema>

export const settingsInputSchema = settingsSchema.omit({ schemaVersion: true, logoFile: true }).partial({ reviewIntervalDays: true }).strict()
export type SettingsInput = z.input<typeof settingsInputSchema>

/** A path chosen in a native dialog: always absolute (POSIX, drive letter or UNC), never relative. */
export const absolutePathSchema = z
  .string()
  .min(2)
  .max(4096)
  .refine((p) => !p.includes('\0') && (/^\//.test(p) || /^[A-Za-z]:[\\/]/.test(p) || /^\\\\[^\\]/.test(p)), 'Use a full (absolute) file path')

export const imageSourceSchema = z.union([
  z.object({ path: absolutePathSchema }).strict(),
  z.object({ bytes: z.instanceof(Uint8Array) }).strict()
])
export type ImageSource = z.infer<typeof imageSourceSchema>

/**
 * What the renderer may send for an image: the bytes it read from a file the clinician picked.
 * Paths are not accepted over IPC, so the page can never make main read an arbitrary file.
 */
export const imageBytesSchema = z.object({ bytes: z.instanceof(Uint8Array) }).strict()

export const listClientsQuerySchema = z
  .object({
    /** Matches any part of the name or the date of birth as people type it (1958, 02/04/1958, 2 April 1958), case and accent insensitive. */
    text: z.string().max(200).optional(),
    includeArchived: z.boolean().optional(),
    /** Only archived clients (wins over includeArchived). */
    archivedOnly: z.boolean().optional(),
    condition: conditionIdSchema.optional(),
    /** By family name (the default), most recently seen first, or screening review due soonest first (never screened first). */
    sort: z.enum(['name', 'last-seen', 'review-due']).optional()
  })
  .strict()
export type ListClientsQuery = z.infer<typeof listClientsQuerySchema>

/** One page of the client list: the page asks only for the rows it shows. */
export const clientPageQuerySchema = listClientsQuerySchema
  .extend({
    offset: z.number().int().min(0).max(1_000_000),
    limit: z.number().int().min(1).max(200)
  })
  .strict()
export type ClientPageQuery = z.infer<typeof clientPageQuerySchema>

/** deleteClient's second argument: a stray call cannot delete a client by accident. */
export const deleteConfirmation = 'delete-client-permanently' as const

export const clientSummarySchema = z.object({
  id: idSchema,
  givenName: z.string(),
  familyName: z.string(),
  displayName: z.string().optional(),
  dateOfBirth: isoDateSchema.optional(),
  conditions: z.array(conditionIdSchema),
  archived: z.boolean(),
  /** Last change to anything in the client's record (details, screenings or plans). */
  updatedAt: isoDateTimeSchema,
  planCount: z.number().int().min(0),
  latestScreeningOutcome: outcomeSchema.nullable(),
  latestScreeningDate: isoDateSchema.nullable(),
  /** Saved by a newer PhysioPlan: listed so it is not lost from sight, but it cannot be opened or changed here. */
  needsNewerVersion: z.literal(true).optional()
})
export type ClientSummary = z.infer<typeof clientSummarySchema>

export interface ClientPage {
  items: ClientSummary[]
  offset: number
  /** How many clients match the query. */
  total: number
  /** How many clients are stored at all, archived included (an empty match is then not an empty practice). */
  stored: number
}

export interface ClientRecord {
  client: Client
  screenings: Screening[]
  plans: Plan[]
  /** Clinical decisions about held handouts, oldest first. */
  decisions: ClinicalDecision[]
}

export const photoRefSchema = z.object({
  id: idSchema,
  mime: z.enum(['image/jpeg', 'image/png', 'image/webp']),
  sizeBytes: z.number().int().min(1)
})
export type PhotoRef = z.infer<typeof photoRefSchema>

export interface CustomExerciseRecord {
  exercise: Exercise
  photos: PhotoRef[]
}

export interface Photo {
  mime: PhotoRef['mime']
  bytes: Uint8Array
}

export type StoreNoticeKind = 'restored-from-backup' | 'salvaged' | 'moved-aside' | 'index-rebuilt' | 'newer-version' | 'encrypted' | 'damaged-file-expiring' | 'snapshot-failed' | 'read-only'

/** Something the store did on its own that the clinician must hear about. */
export interface StoreNotice {
  id: string
  at: string
  kind: StoreNoticeKind
  /** What the document holds, in words: "the record of client 3f2a…", "your settings". */
  document: string
  message: string
  /** Where the damaged file was moved, so it can be sent for recovery. */
  asideFile?: string
  /** The client the notice is about: deleting that client permanently removes the notice too. */
  clientId?: string
}

export type BackupKind = 'daily' | 'manual' | 'before-restore' | 'before-import' | 'before-encryption'

export interface BackupInfo {
  id: string
  createdAt: string
  kind: BackupKind
  sizeBytes: number
  fileCount: number
}

export type ImportItemKind = 'client' | 'template' | 'custom-exercise' | 'settings'

export interface ImportItem {
  kind: ImportItemKind
  id: string
  label: string
}

export interface ImportReport {
  added: ImportItem[]
  /** Clients here that gained records from the file (plans, screenings, decisions, newer details). */
  merged: ImportItem[]
  /** Changed on both computers: the newer kept, the other saved as a copy; each label is a sentence. */
  copies: ImportItem[]
  /** A different person under an id already used here: added as a client of their own. */
  keptApart: ImportItem[]
  /** Already here with exactly the same content. */
  skipped: ImportItem[]
  /** Same id, different content, no way to merge (settings, own exercises): left as it is here. */
  conflicts: ImportItem[]
}

export interface ClientExport {
  jsonPath: string
  textPath: string
}
