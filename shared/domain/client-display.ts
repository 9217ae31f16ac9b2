// Kept free of zod so the client list can name clients and give ages without loading the schemas.

export function clientDisplayName(client: { givenName: string; familyName: string; displayName?: string | undefined }): string {
  const preferred = client.displayName?.trim()
  if (preferred) return preferred
  return [client.givenName, client.familyName].filter((n) => n.trim() !== '').join(' ')
}

/** Whole years between the date of birth and today (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number]
  const hadBirthday = tm > bm || (tm === bm && td >= bd)
  return ty - by - (hadBirthday ? 0 : 1)
}
