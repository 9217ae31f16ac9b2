import type { Dosage, Frequency, Side } from '../domain'

/** 1 → "once", 2 → "twice", n → "n times". */
export function timesWord(count: number): string {
  if (count === 1) return 'once'
  if (count === 2) return 'twice'
  return `${count} times`
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`

/** 45 → "45 seconds", 60 → "1 minute", 90 → "1 minute and 30 seconds". */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return plural(seconds, 'second')
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  return rest === 0 ? plural(minutes, 'minute') : `${plural(minutes, 'minute')} and ${plural(rest, 'second')}`
}

const sideText: Record<Side, string> = {
  each: ' on each side',
  both: ' with both sides together',
  left: ' on your left side',
  right: ' on your right side',
  none: ''
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** "twice a day", "5 days a week", "twice a day, 5 days a week", "once a week". */
export function describeFrequency({ timesPerDay, daysPerWeek, everyWakingHour }: Frequency): string {
  if (everyWakingHour) return daysPerWeek === 7 ? 'every waking hour' : `every waking hour, ${daysPerWeek} ${daysPerWeek === 1 ? 'day' : 'days'} a week`
  if (daysPerWeek === 7) return `${timesWord(timesPerDay)} a day`
  if (timesPerDay === 1 && daysPerWeek === 1) return 'once a week'
  const days = `${daysPerWeek} ${daysPerWeek === 1 ? 'day' : 'days'} a week`
  return timesPerDay === 1 ? days : `${timesWord(timesPerDay)} a day, ${days}`
}

/** How many more rounds after the first: 1 → "once more", 2 → "twice more", 3 → "3 more times". */
function more(rounds: number): string {
  if (rounds === 1) return 'once more'
  if (rounds === 2) return 'twice more'
  return `${rounds} more times`
}

/**
 * The dose in short sentences a patient can follow, e.g. "Hold for 5 seconds. Do this 10 times.
 * Rest for 15 seconds, then do all of it once more. Once a day."
 */
export function describeDose(dosage: Dosage): string {
  const sentences: string[] = []
  const held = dosage.holdSeconds !== undefined
  if (held) sentences.push(`Hold for ${formatSeconds(dosage.holdSeconds!)}.`)
  if (dosage.minutes !== undefined) sentences.push(`Keep going for ${plural(dosage.minutes, 'minute')}.`)
  if (dosage.steps !== undefined) sentences.push(`Take ${plural(dosage.steps, 'step')}.`)
  const side = sideText[dosage.side]
  const reps = dosage.reps ?? 1
  if (reps > 1) sentences.push(`Do ${held ? 'this' : 'it'} ${reps} times${side}.`)
  else if (side) sentences.push(`Do ${held ? 'this' : 'it'}${side}.`)
  else if (!held) sentences.push('Do it once.')
  const sets = dosage.sets ?? 1
  if (sets > 1) {
    const rest = dosage.restSeconds ?? 0
    sentences.push(rest > 0 ? `Rest for ${formatSeconds(rest)}, then do all of it ${more(sets - 1)}.` : `Then do all of it ${more(sets - 1)}.`)
  }
  if (dosage.load !== undefined) sentences.push(`What to use: ${dosage.load}.`)
  if (dosage.rangeLimit !== undefined) sentences.push(`Only go this far: ${dosage.rangeLimit}.`)
  sentences.push(`${capital(describeFrequency(dosage.frequency))}.`)
  return sentences.join(' ')
}
