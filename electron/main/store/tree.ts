import { join } from 'node:path'
import { isTempFile } from './atomic-write'
import { listIfExists, type FsPort } from './fs-port'

/** Files of a store tree worth keeping: no temp files, no damaged files moved aside, and not the
 * pending log (appended in place, so a hard link to it would not stay a snapshot). */
export const isStoreFile = (name: string): boolean => !isTempFile(name) && !name.includes('.corrupt-') && name !== 'pending.log'

/** Relative paths of every store file under `dir` (two levels: top-level files and folders of documents). */
export async function listTree(fs: FsPort, dir: string, prefix = ''): Promise<string[]> {
  const files: string[] = []
  for (const name of await listIfExists(fs, join(dir, prefix))) {
    const rel = prefix ? `${prefix}/${name}` : name
    const stat = await fs.stat(join(dir, rel))
    if (stat.isDirectory()) files.push(...(await listTree(fs, dir, rel)))
    else if (isStoreFile(name)) files.push(rel)
  }
  return files
}

/**
 * Mirrors files into another folder. Documents are only ever replaced by rename, never
 * changed in place, so a hard link is a true snapshot; copying is the fallback (FAT, other disk).
 */
export async function mirrorFiles(fs: FsPort, from: string, to: string, rels: string[]): Promise<number> {
  const dirs = new Set(rels.map((rel) => rel.split('/').slice(0, -1).join('/')))
  for (const dir of dirs) await fs.mkdir(join(to, dir), { recursive: true })
  let bytes = 0
  for (const rel of rels) {
    const source = join(from, rel)
    await fs.link(source, join(to, rel)).catch(() => fs.copyFile(source, join(to, rel)))
    bytes += (await fs.stat(source)).size
  }
  return bytes
}
