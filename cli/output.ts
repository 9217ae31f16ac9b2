import { writeSync } from 'node:fs'

/**
 * Writes text to standard output (1) or standard error (2) straight to the descriptor. Node's
 * process.stdout on a pipe or a terminal is a net.Socket: the first touch loads node:net, which
 * this Node compiles from source at every start (5–10 ms of a cold command), and a command
 * writes a few lines, once, at its end.
 */
export function writeTo(fd: 1 | 2, text: string): void {
  const bytes = Buffer.from(text)
  let offset = 0
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset)
    } catch (error) {
      // A pipe its reader set non-blocking may be full for a moment; anything else is a real failure.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
    }
  }
}
