import { z } from 'zod'

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

export const settingsSchema = z.object({
  schemaVersion: z.literal(1),
  clinicName: optionalText(120),
  clinicAddress: optionalText(400),
  clinicPhone: optionalText(40),
  clinicEmail: z.union([z.literal(''), z.email('Enter a valid email address, or leave it empty')]),
  clinicianName: optionalText(120),
  /** File name of the clinic logo inside the data folder (set by the store, never typed by hand). */
  logoFile: z.string().regex(/^[a-z0-9-]+\.(png|jpg|webp)$/).nullable(),
  handout: handoutDefaultsSchema
})
export type Settings = z.infer<typeof settingsSchema>

export const defaultSettings: Settings = {
  schemaVersion: 1,
  clinicName: '',
  clinicAddress: '',
  clinicPhone: '',
  clinicEmail: '',
  clinicianName: '',
  logoFile: null,
  handout: { paper: 'A4', layout: 'detailed', largePrint: false, showSteps: true }
}
