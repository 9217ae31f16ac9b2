import type { z } from 'zod'

/** One line per problem, naming the field: `items.0.dosage.holdSeconds: Hold must be between 1 and 600 seconds`. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.')
    return path === '' ? issue.message : `${path}: ${issue.message}`
  })
}

/** Parse or throw an Error whose message names the source and every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, sourceName: string): z.output<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  throw new Error(`${sourceName} is invalid:\n  ${describeIssues(result.error).join('\n  ')}`)
}
