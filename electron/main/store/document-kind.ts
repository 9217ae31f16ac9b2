import type { z } from 'zod'
import { AppError } from '../../../shared/ipc/result'

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>

/**
 * One kind of persisted document: its current schema version, the schema of that version,
 * and one migration per older version (migrations[1] turns a version-1 document into version 2).
 */
export interface DocumentKind<T> {
  version: number
  schema: z.ZodType<T>
  migrations: Record<number, Migration>
  /** The document in the clinician's words, e.g. "your settings". */
  describe(rel: string): string
  /** The client a document belongs to, if it belongs to one. */
  clientOf?(rel: string): string
  /** Keeps what still validates in a damaged document, merged with its newest good backup. */
  salvage?(raw: unknown, backup: T | null): Salvaged<T> | null
}

/** What salvage kept from a damaged document, and what it could not recover, in the clinician's words. */
export interface Salvaged<T> {
  value: T
  lost: string[]
  /** Whether the backup supplied anything the damaged file no longer held readably. */
  usedBackup: boolean
}

export type Decoded<T> = { status: 'ok'; value: T; migrated: boolean } | { status: 'invalid'; reason: string } | { status: 'newer'; version: number }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Runs the migrations from the document's version up to `version`; leaves anything it cannot upgrade as it is for the schema to refuse. */
export function upgraded(raw: unknown, version: number, migrations: Record<number, Migration>): unknown {
  if (!isRecord(raw) || typeof raw.schemaVersion !== 'number' || raw.schemaVersion >= version) return raw
  let doc = raw
  for (let v = raw.schemaVersion; v < version; v += 1) {
    const migrate = migrations[v]
    if (!migrate) return doc
    doc = { ...migrate(doc), schemaVersion: v + 1 }
  }
  return doc
}

/** Checks the version, runs the migrations up to the current one, then validates. */
export function decode<T>(kind: DocumentKind<T>, raw: unknown): Decoded<T> {
  if (!isRecord(raw)) return { status: 'invalid', reason: 'not an object' }
  let version = raw.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { status: 'invalid', reason: 'no schema version' }
  if (version > kind.version) return { status: 'newer', version }
  let doc = raw
  while (version < kind.version) {
    const migrate = kind.migrations[version]
    if (!migrate) return { status: 'invalid', reason: `no migration from version ${version}` }
    try {
      doc = { ...migrate(doc), schemaVersion: version + 1 }
    } catch (error) {
      return { status: 'invalid', reason: `migration from version ${version} failed: ${String(error)}` }
    }
    version += 1
  }
  const parsed = kind.schema.safeParse(doc)
  if (!parsed.success) return { status: 'invalid', reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }
  return { status: 'ok', value: parsed.data, migrated: doc !== raw }
}

export function newerVersionError(description: string): AppError {
  const subject = description.charAt(0).toUpperCase() + description.slice(1)
  return new AppError(
    'newer-version',
    `${subject} was saved by a newer version of PhysioPlan; update PhysioPlan to open it (the file was left unchanged).`
  )
}
