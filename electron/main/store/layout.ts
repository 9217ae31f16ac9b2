import { join } from 'node:path'
import { idSchema } from '../../../shared/domain/common'
import { AppError } from '../../../shared/ipc/result'

/**
 * Where each document lives, relative to the live store folder. File names are built from
 * ids only (lower-case letters, digits, - and _), never from names the clinician typed.
 */
export const indexBucketCount = 64

export const relPath = {
  client: (id: string) => `clients/${safeId(id)}.json`,
  indexBucket: (bucket: number) => `index/${bucket.toString(16).padStart(2, '0')}.json`,
  indexPending: 'index/pending.log',
  templates: 'templates.json',
  customExercises: 'custom-exercises.json',
  photo: (id: string, extension: string) => `photos/${safeId(id)}.${extension}`,
  settings: 'settings.json',
  retention: 'retention.json'
}

const idPattern = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/

/** "<id>.json" → id; anything else (temp files, damaged files moved aside) → null. Runs for every client at open, so no zod here. */
export const clientIdFromFile = (name: string): string | null => {
  if (!name.endsWith('.json')) return null
  const id = name.slice(0, -'.json'.length)
  return idPattern.test(id) ? id : null
}

export function safeId(id: string): string {
  if (!idSchema.safeParse(id).success) throw new AppError('invalid-input', 'That id is not valid.')
  return id
}

/** Which index bucket holds a client's summary: a small stable hash of the id. */
export function bucketOf(id: string): number {
  let hash = 2166136261
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619)
  return (hash >>> 0) % indexBucketCount
}

export interface StoreDirs {
  root: string
  live: string
  backups: string
  /** The practice key (wrapped) and the client keys: never inside a backup. */
  keys: string
}

export const storeDirs = (dataDir: string): StoreDirs => ({
  root: dataDir,
  live: join(dataDir, 'store'),
  backups: join(dataDir, 'backups'),
  keys: join(dataDir, 'keys')
})

/** Timestamps usable in file names on every OS (no colons). */
export const fileStamp = (date: Date): string => date.toISOString().replace(/[:.]/g, '-')
