import { join } from 'node:path'
import { isTempFile } from './atomic-write'
import { listIfExists, privateDirMode, type FsPort } from './fs-port'

/** Files of a store tree worth keeping: no temp files, no damaged files moved aside, and not the
 * pending log (appended in place, so a hard link to it would not stay a snapshot). */
export const isStoreFile = (name: string): boolean => !isTempFile(name) && !name.includes('.corrupt-') && name !== 'pending.log'

/** Relative paths of every store file under `dir` (two levels: top-level files and folders of documents). */
export async function listTree(fs: FsPort, dir: string, prefix = ''): Promise<string[]> {
  const files: string[] = []
  for (const name of await listIfExists(fs, join(dir, prefix))) {
    if (!isStoreFile(name)) continue
    const rel = prefix ? `${prefix}/${name}` : name
    const stat = await fs.stat(join(dir, rel))
    if (stat.isDirectory()) files.push(...(await listTree(fs, dir, rel)))
    else files.push(rel)
  }
  return files
}

export type FileStamps = Record<string, [size: number, mtimeMs: number]>

/**
 * Copies files into another folder, so that a copy never shares its bytes with the live file
 * (a tool writing into a live file in place must not damage the backups too). `unchanged`
 * may name an earlier, independent copy of a file that has not changed: it is hard-linked
 * instead, as rsync --link-dest does, so daily snapshots cost little space and time.
 */
export async function mirrorFiles(
  fs: FsPort,
  from: string,
  to: string,
  rels: string[],
  unchanged: (rel: string, size: number, mtimeMs: number) => string | null = () => null
): Promise<{ bytes: number; stamps: FileStamps }> {
  const dirs = new Set(rels.map((rel) => rel.split('/').slice(0, -1).join('/')))
  for (const dir of dirs) await fs.mkdir(join(to, dir), { recursive: true, mode: privateDirMode })
  const stamps: FileStamps = {}
  let bytes = 0
  for (const rel of rels) {
    const source = join(from, rel)
    const { size, mtimeMs } = await fs.stat(source)
    const earlier = unchanged(rel, size, mtimeMs)
    const linked = earlier !== null && (await fs.link(earlier, join(to, rel)).then(() => true, () => false))
    if (!linked) await fs.copyFile(source, join(to, rel))
    stamps[rel] = [size, mtimeMs]
    bytes += size
  }
  return { bytes, stamps }
}
