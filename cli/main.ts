import { CliError, usageExitCode } from './cli-error'
import type { Command } from './command'
import { commands } from './commands'
import { writeTo } from './output'

function helpText(): string {
  const lines = commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}\n  ${' '.repeat(10)} ${c.usage}`)
  return `PhysioPlan command line. JSON goes to stdout, problems to stderr.\n\nCommands:\n${lines.join('\n')}`
}

function print(output: unknown): void {
  writeTo(1, typeof output === 'string' ? `${output}\n` : `${JSON.stringify(output, null, 2)}\n`)
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    print(helpText())
    return name === undefined ? usageExitCode : 0
  }
  const command: Command | undefined = commands.find((c) => c.name === name)
  try {
    if (!command) throw new CliError(`Unknown command "${name}".\n\n${helpText()}`, usageExitCode)
    print(await command.run(args))
    return 0
  } catch (error) {
    if (error instanceof CliError) {
      writeTo(2, `${error.message}\n`)
      return error.exitCode
    }
    throw error
  }
}
