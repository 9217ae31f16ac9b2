import type { ApiIssue } from '../../../../shared/ipc/result'

/**
 * What stops the draft from saving, in words: every invalid dose is summed up in one line
 * (each field says its own problem), anything else (an empty title, a long goal) by its message.
 */
export function invalidMessages(problems: ApiIssue[], doseLine: string): string[] {
  const lines = problems.map((issue) => (/^items\.\d+\.dosage\b/.test(issue.path) ? doseLine : issue.message))
  return [...new Set(lines)]
}
