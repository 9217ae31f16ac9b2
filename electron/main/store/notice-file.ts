import { join } from 'node:path'
import type { StoreNotice } from '../../../shared/ipc/store-types'
import { writeAtomic } from './atomic-write'
import type { DocumentCodec } from './crypto/store-cipher'
import { readIfExists, type FsPort } from './fs-port'
import { storedNoticesSchema, type NoticeFile } from './notices'

const rel = 'notices.json'

/**
 * The notices live beside the store, not in it: a backup restored later must not bring back
 * notices already dismissed. They name clients, so they are sealed like the records.
 */
export function noticeFile(fs: FsPort, rootDir: string, codec: DocumentCodec): NoticeFile {
  const path = join(rootDir, rel)
  return {
    async load() {
      const bytes = await readIfExists(fs, path)
      if (!bytes) return []
      const parsed = storedNoticesSchema.safeParse(JSON.parse(codec.decode(rel, bytes).toString('utf8')))
      return parsed.success ? (parsed.data.notices as StoreNotice[]) : []
    },
    async save(notices) {
      await writeAtomic(fs, path, await codec.encode(rel, Buffer.from(JSON.stringify({ schemaVersion: 1, notices }), 'utf8')))
    }
  }
}
