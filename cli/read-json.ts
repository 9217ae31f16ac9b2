import { readFileSync } from 'node:fs'
import type { z } from 'zod'
import { describeIssues } from '../shared/domain'
import { CliError } from './cli-error'

function readJson(path: string, what: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : String(code ?? error)
    throw new CliError(`Cannot read the ${what} file ${path}: ${reason}`)
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new CliError(`The ${what} file ${path} is not valid JSON: ${(error as Error).message}`)
  }
}

/** Read a JSON file and validate it; errors name the file and each offending field. */
export function readJsonFile<S extends z.ZodType>(
  path: string,
  schema: S,
  what: string,
  prepare: (value: unknown) => unknown = (value) => value
): z.output<S> {
  const result = schema.safeParse(prepare(readJson(path, what)))
  if (result.success) return result.data
  const lines = describeIssues(result.error).map((line) => `  ${line}`)
  throw new CliError(`The ${what} file ${path} is invalid:\n${lines.join('\n')}`)
}
