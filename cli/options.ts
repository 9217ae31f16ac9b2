import { parseArgs } from 'node:util'
import { CliError, usageExitCode } from './cli-error'

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; required?: boolean; description: string }>
export type ParsedOptions<S extends OptionSpec> = {
  [K in keyof S]: S[K]['type'] extends 'boolean' ? boolean : S[K]['required'] extends true ? string : string | undefined
}

/** Parse `--name value` options strictly: unknown options and missing required ones are usage errors. */
export function parseOptions<S extends OptionSpec>(args: readonly string[], spec: S, usage: string): ParsedOptions<S> {
  const options = Object.fromEntries(Object.entries(spec).map(([name, { type }]) => [name, { type }]))
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values as typeof values
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nUsage: ${usage}`, usageExitCode)
  }
  for (const [name, { type, required }] of Object.entries(spec)) {
    if (required && values[name] === undefined) throw new CliError(`Missing --${name}\nUsage: ${usage}`, usageExitCode)
    if (type === 'boolean') values[name] = values[name] === true
  }
  return values as ParsedOptions<S>
}
