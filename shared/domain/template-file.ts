import type { z } from 'zod'
import { templateSchema, type Template } from './template'

/** A template shared between practices: one JSON file, marked so a foreign file is never mistaken for one. */
export const templateFileFormat = 'physioplan-template'
export const templateFileVersion = 1
export const templateFileExtension = 'physioplan-template'

const sharedTemplateSchema = templateSchema.omit({ id: true, builtIn: true })
export type SharedTemplate = z.infer<typeof sharedTemplateSchema>

export function templateFileOf(template: Template): string {
  const { id: _id, builtIn: _builtIn, ...shared } = template
  return JSON.stringify({ format: templateFileFormat, formatVersion: templateFileVersion, template: shared }, null, 2) + '\n'
}

export type TemplateFileReading =
  | { ok: true; template: SharedTemplate }
  | { ok: false; problem: 'foreign' | 'broken' | 'newer'; detail?: string }

/** Reads a template file without trusting it: the page and the store only ever see a validated template. */
export function readTemplateFile(text: string): TemplateFileReading {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, problem: 'foreign' }
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== templateFileFormat) return { ok: false, problem: 'foreign' }
  const version = (data as { formatVersion?: unknown }).formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: 'broken', detail: 'formatVersion' }
  if (version > templateFileVersion) return { ok: false, problem: 'newer' }
  const parsed = sharedTemplateSchema.safeParse((data as { template?: unknown }).template)
  if (!parsed.success) return { ok: false, problem: 'broken', detail: parsed.error.issues[0]?.path.join('.') }
  return { ok: true, template: parsed.data }
}
