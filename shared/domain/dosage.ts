import { z } from 'zod'

export const sides = ['both', 'left', 'right', 'each', 'none'] as const
export const sideSchema = z.enum(sides, { error: 'Side must be one of: both, left, right, each, none' })
export type Side = z.infer<typeof sideSchema>

function wholeNumber(label: string, min: number, max: number, unit = '') {
  const message = `${label} must be between ${min} and ${max}${unit}`
  return z.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`).min(min, message).max(max, message)
}

const shortText = (label: string) =>
  z.string().trim().min(1, `${label}: write something or leave it out`).max(60, `${label}: keep it under 60 characters`)

export const frequencySchema = z.object({
  timesPerDay: wholeNumber('Times per day', 1, 10),
  daysPerWeek: wholeNumber('Days per week', 1, 7),
  /** "Every waking hour" (ankle pumps after surgery); timesPerDay then only sizes the time estimate. */
  everyWakingHour: z.literal(true).optional()
})
export type Frequency = z.infer<typeof frequencySchema>

/** How much of an exercise to do: a hold, repetitions, a duration in minutes or a number of steps. */
export const dosageSchema = z
  .object({
    holdSeconds: wholeNumber('Hold', 1, 600, ' seconds').optional(),
    reps: wholeNumber('Repetitions', 1, 100).optional(),
    sets: wholeNumber('Sets', 1, 10).optional(),
    /** A timed activity, e.g. a 30-minute walk. */
    minutes: wholeNumber('Minutes', 1, 120).optional(),
    /** Steps per walk or drill, e.g. 10 steps of heel-to-toe walking. */
    steps: wholeNumber('Steps', 1, 200).optional(),
    /** Load or band strength in words: "1 kg ankle weight", "light band". */
    load: shortText('Load').optional(),
    /** A range the movement stays within: "bend to 90°", "turn out to 30°". */
    rangeLimit: shortText('Range limit').optional(),
    side: sideSchema,
    frequency: frequencySchema,
    restSeconds: wholeNumber('Rest', 0, 600, ' seconds').optional()
  })
  .refine((d) => d.holdSeconds !== undefined || d.reps !== undefined || d.minutes !== undefined || d.steps !== undefined, {
    message: 'Give a hold time, a number of repetitions, minutes or steps',
    path: ['reps']
  })
export type Dosage = z.infer<typeof dosageSchema>
