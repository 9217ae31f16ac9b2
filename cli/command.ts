import type { OptionSpec } from './options'

/** One CLI command: later issues add a file under commands/ and a line in commands/index.ts. */
export interface Command {
  name: string
  summary: string
  usage: string
  options: OptionSpec
  /** Returns what to print: objects are written as JSON, strings as they are. */
  run(args: readonly string[]): unknown
}
