import { z } from 'zod'

export const sides = ['both', 'left', 'right', 'each', 'none'] as const
export const sideSchema = z.enum(sides, { error: 'Side must be one of: both, left, right, each, none' })
export type Side = z.infer<typeof sideSchema>

function wholeNumber(label: string, min: number, max: number, unit = '') {
  const message = `${label} must be between ${min} and ${max}${unit}`
  return z.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`).min(min, message).max(max, message)
}

export const frequencySchema = z.object({
  timesPerDay: wholeNumber('Times per day', 1, 10),
  daysPerWeek: wholeNumber('Days per week', 1, 7)
})
export type Frequency = z.infer<typeof frequencySchema>

/** How much of an exercise to do. A dose has a hold, repetitions, or both. */
export const dosageSchema = z
  .object({
    holdSeconds: wholeNumber('Hold', 1, 600, ' seconds').optional(),
    reps: wholeNumber('Repetitions', 1, 100).optional(),
    sets: wholeNumber('Sets', 1, 10).optional(),
    side: sideSchema,
    frequency: frequencySchema,
    restSeconds: wholeNumber('Rest', 0, 600, ' seconds').optional()
  })
  .refine((d) => d.holdSeconds !== undefined || d.reps !== undefined, {
    message: 'Give a hold time, a number of repetitions, or both',
    path: ['reps']
  })
export type Dosage = z.infer<typeof dosageSchema>
