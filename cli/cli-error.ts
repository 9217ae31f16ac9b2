/** An error the user can fix: printed to stderr without a stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = 1) {
    super(message)
    this.name = 'CliError'
  }
}

/** Exit code for a wrong command line (as opposed to a bad input file). */
export const usageExitCode = 2
