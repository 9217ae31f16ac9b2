import { join } from 'node:path'
import { writeAtomic } from '../atomic-write'
import type { Backups } from '../backups'
import { listIfExists, readIfExists, type FsPort } from '../fs-port'
import { clientIdFromFile } from '../layout'
import { listTree } from '../tree'
import type { ClientKeyring } from './client-keyring'
import { isSealed, seal } from './envelope'
import type { DocumentCodec } from './store-cipher'

export const upgradeMarker = (keysDir: string) => join(keysDir, 'encrypting-in-place')

/**
 * Upgrades a plaintext store to an encrypted one. Resumable by construction: the marker is
 * written before the key exists, each file is replaced atomically, and a file already sealed
 * is left as it is, so after a crash at any point the next start simply runs this again.
 */
export async function encryptInPlace(args: {
  fs: FsPort
  liveDir: string
  backups: Backups
  keyring: ClientKeyring
  codec: DocumentCodec
  practiceKey: () => Buffer
}): Promise<{ files: number }> {
  const { fs, liveDir, backups, keyring, codec, practiceKey } = args
  // The plain store is copied first, so the upgrade starts from a backup.
  if (!(await backups.list()).some((b) => b.kind === 'before-encryption')) await backups.snapshot('before-encryption')
  const trees = [liveDir, ...(await backups.list()).map((b) => join(backups.dir, b.id))]
  const clientIds = new Set<string>()
  for (const tree of trees) for (const name of await listIfExists(fs, join(tree, 'clients'))) {
    const id = clientIdFromFile(name)
    if (id) clientIds.add(id)
  }
  await keyring.ensureAll(clientIds)

  let files = 0
  for (const tree of trees) {
    for (const rel of await listTree(fs, tree)) {
      if (rel === 'backup.json') continue // the backup's manifest: file names and sizes, no records
      files += Number(await sealFile(fs, join(tree, rel), (plain) => codec.encode(rel, plain)))
    }
    // Damaged files moved aside are kept for support, so they are sealed too (practice key).
    for (const dir of ['', 'clients', 'index']) {
      for (const name of (await listIfExists(fs, join(tree, dir))).filter((n) => n.includes('.corrupt-'))) {
        const rel = dir ? `${dir}/${name}` : name
        files += Number(await sealFile(fs, join(tree, rel), async (plain) => seal(practiceKey(), plain, `aside:${rel}`)))
      }
    }
  }
  return { files }
}

async function sealFile(fs: FsPort, path: string, encode: (plain: Buffer) => Promise<Uint8Array>): Promise<boolean> {
  const bytes = await readIfExists(fs, path)
  if (!bytes || isSealed(bytes)) return false
  await writeAtomic(fs, path, await encode(bytes))
  return true
}
