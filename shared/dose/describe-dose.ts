import type { Dosage, Frequency, Side } from '../domain'

export const doseSeparator = ' · '

/** 1 → "once", 2 → "twice", n → "n times". */
export function timesWord(count: number): string {
  if (count === 1) return 'once'
  if (count === 2) return 'twice'
  return `${count} times`
}

/**
 * Repetitions in a dose: "2 times", never "twice", so they cannot be mistaken for the
 * daily frequency ("twice a day"). A single held repetition goes without saying.
 */
function repetitions(reps: number, held: boolean): string | null {
  if (reps === 1) return held ? null : '1 time'
  return `${reps} times`
}

/** 45 → "45 s", 60 → "1 min", 90 → "1 min 30 s". */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`
}

const sideText: Record<Side, string | null> = {
  each: 'each side',
  both: 'both sides together',
  left: 'left side',
  right: 'right side',
  none: null
}

export function describeFrequency({ timesPerDay, daysPerWeek, everyWakingHour }: Frequency): string {
  if (everyWakingHour) return daysPerWeek === 7 ? 'every waking hour' : `every waking hour, ${daysPerWeek} ${daysPerWeek === 1 ? 'day' : 'days'} a week`
  if (daysPerWeek === 7) return `${timesWord(timesPerDay)} a day`
  if (timesPerDay === 1 && daysPerWeek === 1) return 'once a week'
  const days = `${daysPerWeek} ${daysPerWeek === 1 ? 'day' : 'days'} a week`
  return timesPerDay === 1 ? days : `${timesWord(timesPerDay)} a day, ${days}`
}

/** The dose as one line of patient-facing text, e.g. "Hold 30 s · 3 times · each side · twice a day". */
export function describeDose(dosage: Dosage): string {
  const parts: string[] = []
  if (dosage.holdSeconds !== undefined) parts.push(`Hold ${formatSeconds(dosage.holdSeconds)}`)
  const reps = dosage.reps === undefined ? null : repetitions(dosage.reps, dosage.holdSeconds !== undefined)
  if (reps) parts.push(reps)
  if (dosage.sets !== undefined && dosage.sets > 1) parts.push(`${dosage.sets} sets`)
  if (dosage.minutes !== undefined) parts.push(`${dosage.minutes} min`)
  if (dosage.steps !== undefined) parts.push(`${dosage.steps} steps`)
  if (dosage.load !== undefined) parts.push(dosage.load)
  if (dosage.rangeLimit !== undefined) parts.push(dosage.rangeLimit)
  const side = sideText[dosage.side]
  if (side) parts.push(side)
  if (dosage.restSeconds !== undefined && dosage.restSeconds > 0) parts.push(`rest ${formatSeconds(dosage.restSeconds)}`)
  parts.push(describeFrequency(dosage.frequency))
  const text = parts.join(doseSeparator)
  return text.charAt(0).toUpperCase() + text.slice(1)
}
