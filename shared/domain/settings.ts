import { z } from 'zod'
import { dateFormats, defaultDateFormat } from './date-format'
import { defaultReviewIntervalDays } from './review-interval'

export { defaultReviewIntervalDays }

export const paperSizes = ['A4', 'Letter'] as const
export const handoutLayouts = ['detailed', 'compact'] as const

export const handoutDefaultsSchema = z.object({
  paper: z.enum(paperSizes),
  layout: z.enum(handoutLayouts),
  largePrint: z.boolean(),
  showSteps: z.boolean(),
  /** Weeks in the adherence chart (2 when not set). */
  chartWeeks: z.number().int().min(1).max(4).optional()
})
export type HandoutDefaults = z.infer<typeof handoutDefaultsSchema>

const optionalText = (max: number) => z.string().trim().max(max)


/** The app's language (English for now) and how dates are written, in the page and on the handout. */
export const localeSchema = z.object({ language: z.enum(['en']), dateFormat: z.enum(dateFormats) }).strict()
export type LocaleSettings = z.infer<typeof localeSchema>
export const defaultLocale: LocaleSettings = { language: 'en', dateFormat: defaultDateFormat }
/**
 * Optional, so documents saved before it stay valid as they are (no migration): absent means
 * English, day-month-year. Read it through `localeOf`.
 */
export const localeOf = (settings: Pick<Settings, 'locale'> | undefined): LocaleSettings => settings?.locale ?? defaultLocale

export const settingsSchema = z.object({
  schemaVersion: z.literal(2),
  clinicName: optionalText(120),
  clinicAddress: optionalText(400),
  clinicPhone: optionalText(40),
  clinicEmail: z.union([z.literal(''), z.email('Enter a valid email address, or leave it empty')]),
  clinicianName: optionalText(120),
  /** File name of the clinic logo inside the data folder (set by the store, never typed by hand). */
  logoFile: z.string().regex(/^[a-z0-9-]+\.(png|jpg|webp)$/).nullable(),
  handout: handoutDefaultsSchema,
  /** A screening older than this is due again, and holds handouts until it is repeated or answered by a decision. */
  locale: localeSchema.optional(),
  reviewIntervalDays: z.number({ error: 'Review interval must be a number of days' }).int('Use whole days').min(7, 'Review interval must be between 7 and 730 days').max(730, 'Review interval must be between 7 and 730 days')
})
export type Settings = z.infer<typeof settingsSchema>

export const defaultSettings: Settings = {
  schemaVersion: 2,
  clinicName: '',
  clinicAddress: '',
  clinicPhone: '',
  clinicEmail: '',
  clinicianName: '',
  logoFile: null,
  handout: { paper: 'A4', layout: 'detailed', largePrint: false, showSteps: true },
  reviewIntervalDays: defaultReviewIntervalDays
}

/** Settings saved as version 1 (before the review interval) read as version 2, for the store and the CLI. */
export function upgradeSettings(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || (raw as { schemaVersion?: unknown }).schemaVersion !== 1) return raw
  return { ...raw, schemaVersion: 2, reviewIntervalDays: defaultReviewIntervalDays }
}
