import { z } from 'zod'
import { idSchema, isoDateSchema } from '../domain/common'
import { handoutDefaultsSchema } from '../domain/settings'
import type { HandoutWarning } from '../handout/types'
import type { HandoutSafety } from '../safety/handout-safety'
import { method } from './define'
import { absolutePathSchema } from './store-types'

/** What a handout is made from: a built-in or saved template, or one of a client's plans. */
export const handoutSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('template'), templateId: idSchema }).strict(),
  z.object({ kind: z.literal('plan'), clientId: idSchema, planId: idSchema }).strict()
])
export type HandoutSource = z.infer<typeof handoutSourceSchema>
/** The clinic's defaults plus what belongs to one handout: the date of the next review. */
export const handoutOptionsSchema = handoutDefaultsSchema.extend({ reviewDate: isoDateSchema.optional() }).strict()
export type HandoutOptionsInput = z.infer<typeof handoutOptionsSchema>

export interface HandoutPreview {
  pdf: Uint8Array
  warnings: HandoutWarning[]
  /** Suggested file name: the patient's name and the date. */
  fileName: string
  /** For a client's plan: what main will refuse to save or print until resolved; null for templates. */
  safety: HandoutSafety | null
}

export interface SavedHandout {
  path: string
  warnings: HandoutWarning[]
}

const sourceAndOptions = z.tuple([handoutSourceSchema, handoutOptionsSchema])

/** The handout's part of the IPC contract. Files are chosen in native dialogs, never by the page. */
export const handoutContract = {
  previewHandout: method(sourceAndOptions).returns<HandoutPreview>(),
  /** null when the clinician cancels the save dialog. */
  saveHandout: method(sourceAndOptions).returns<SavedHandout | null>(),
  printHandout: method(sourceAndOptions).returns<void>(),
  /** Opens a file this session saved (and only such a file) in its default app. */
  openSavedFile: method(z.tuple([absolutePathSchema])).returns<void>()
}
