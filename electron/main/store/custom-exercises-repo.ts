import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { exerciseSchema } from '../../../shared/domain/exercise'
import { customExerciseInputSchema, type CustomExerciseInput, type CustomExerciseRecord, type ImageSource, type Photo, type PhotoRef } from '../../../shared/ipc/store-types'
import type { StoreContext } from './context'
import { notFound } from './documents'
import { readError } from './io-errors'
import { AppError } from '../../../shared/ipc/result'
import { library } from '../../../shared/library'
import { extensionOf, readImage } from './images'
import { relPath } from './layout'

/** The clinician's own exercises; their photos are files in photos/, named by id. */
export class CustomExercisesRepo {
  constructor(private readonly ctx: StoreContext) {}

  async list(): Promise<CustomExerciseRecord[]> {
    return (await this.ctx.docs.load(this.ctx.kinds.customExercises, relPath.customExercises))?.exercises ?? []
  }

  async save(input: CustomExerciseInput): Promise<CustomExerciseRecord> {
    const { id, ...fields } = customExerciseInputSchema.parse(input)
    if (id && library.exercises.has(id)) throw new AppError('conflict', 'A built-in exercise cannot be changed; duplicate it as your own and change the copy.')
    refuseRepeatedConditions(fields.contraindications)
    const exercise = exerciseSchema.parse({ ...fields, id: id ?? `custom-${randomUUID()}`, schemaVersion: 1 })
    let saved: CustomExerciseRecord = { exercise, photos: [] }
    await this.change((records) => {
      saved = { exercise, photos: records.find((r) => r.exercise.id === exercise.id)?.photos ?? [] }
      return [...records.filter((r) => r.exercise.id !== exercise.id), saved]
    })
    return saved
  }

  async delete(id: string): Promise<void> {
    let photos: PhotoRef[] = []
    await this.change((records) => {
      photos = this.find(records, id).photos
      return records.filter((r) => r.exercise.id !== id)
    })
    await Promise.all(photos.map((p) => this.ctx.fs.unlink(this.photoPath(p)).catch(() => undefined)))
  }

  async addPhoto(exerciseId: string, source: ImageSource): Promise<PhotoRef> {
    this.find(await this.list(), exerciseId)
    const { mime, bytes } = await readImage(this.ctx.fs, source)
    const photo: PhotoRef = { id: randomUUID(), mime, sizeBytes: bytes.byteLength }
    await this.ctx.write(() => this.ctx.docs.writeBytes(this.photoRel(photo), bytes))
    await this.change((records) => {
      const record = this.find(records, exerciseId)
      return records.map((r) => (r === record ? { ...r, photos: [...r.photos, photo] } : r))
    })
    return photo
  }

  async removePhoto(exerciseId: string, photoId: string): Promise<void> {
    let removed: PhotoRef | undefined
    await this.change((records) => {
      const record = this.find(records, exerciseId)
      removed = record.photos.find((p) => p.id === photoId)
      if (!removed) throw notFound('this photo')
      return records.map((r) => (r === record ? { ...r, photos: r.photos.filter((p) => p.id !== photoId) } : r))
    })
    if (removed) await this.ctx.fs.unlink(this.photoPath(removed)).catch(() => undefined)
  }

  async getPhoto(exerciseId: string, photoId: string): Promise<Photo> {
    const photo = this.find(await this.list(), exerciseId).photos.find((p) => p.id === photoId)
    if (!photo) throw notFound('this photo')
    try {
      return { mime: photo.mime, bytes: new Uint8Array(await this.ctx.docs.readBytes(this.photoRel(photo))) }
    } catch (error) {
      throw readError(error)
    }
  }

  change(edit: (records: CustomExerciseRecord[]) => CustomExerciseRecord[]): Promise<void> {
    return this.ctx.write(() =>
      this.ctx.queue.run('custom-exercises', async () => {
        const exercises = edit(await this.list())
        await this.ctx.docs.save(this.ctx.kinds.customExercises, relPath.customExercises, { schemaVersion: 1, exercises })
      })
    )
  }

  photoRel(photo: PhotoRef): string {
    return relPath.photo(photo.id, extensionOf[photo.mime])
  }

  photoPath(photo: PhotoRef): string {
    return join(this.ctx.dirs.live, this.photoRel(photo))
  }

  private find(records: CustomExerciseRecord[], id: string): CustomExerciseRecord {
    const record = records.find((r) => r.exercise.id === id)
    if (!record) throw notFound('this exercise')
    return record
  }
}

/** One rule per condition: a second would make the warning ambiguous (and the library refuses it). */
function refuseRepeatedConditions(rules: readonly { condition: string }[]): void {
  const seen = new Set<string>()
  rules.forEach((rule, i) => {
    if (seen.has(rule.condition)) {
      const message = 'This condition is listed twice; keep one rule for it.'
      throw new AppError('invalid-input', message, [{ path: `contraindications.${i}.condition`, message }])
    }
    seen.add(rule.condition)
  })
}
