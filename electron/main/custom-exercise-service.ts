import type { HandoutLogo, HandoutWarning } from '../../shared/handout'
import { AppError } from '../../shared/ipc/result'
import type { ImageSource, PhotoRef } from '../../shared/ipc/store-types'
import { printablePhoto } from './handout/exercise-photo'
import type { Store } from './store/store'

/**
 * The clinician's own exercises beyond what the store checks: a photo must print (PNG or JPEG,
 * intact, a sane size) before it is kept, and a handout gets each exercise's photo ready to print.
 */
export function createCustomExerciseService(store: Store) {
  return {
    /** Adds the photo and drops the exercise's earlier one: an exercise shows one photo. */
    async setPhoto(exerciseId: string, source: ImageSource): Promise<PhotoRef> {
      if ('bytes' in source) {
        const printable = printablePhoto(source.bytes)
        if (printable.problem) throw new AppError('invalid-input', printable.problem, [{ path: 'photo', message: printable.problem }])
      }
      const earlier = (await store.customExercises.list()).find((r) => r.exercise.id === exerciseId)?.photos ?? []
      const added = await store.customExercises.addPhoto(exerciseId, source)
      for (const photo of earlier) await store.customExercises.removePhoto(exerciseId, photo.id)
      return added
    },

    /** The photo of each custom exercise in the list, ready for the PDF; one that cannot print gives a warning instead. */
    async handoutPhotos(exerciseIds: readonly string[]): Promise<{ photos: Map<string, HandoutLogo>; warnings: HandoutWarning[] }> {
      const wanted = new Set(exerciseIds)
      const photos = new Map<string, HandoutLogo>()
      const warnings: HandoutWarning[] = []
      for (const { exercise, photos: refs } of await store.customExercises.list()) {
        const ref = refs.at(-1)
        if (!wanted.has(exercise.id) || !ref) continue
        const bytes = await store.customExercises.getPhoto(exercise.id, ref.id).then((p) => p.bytes, () => undefined)
        const printable = bytes ? printablePhoto(bytes) : { problem: 'The photo file could not be read.' }
        if (printable.image) photos.set(exercise.id, printable.image)
        else warnings.push({ code: 'missing-drawing', field: `photo for ${exercise.name}`, message: `${exercise.name}: ${printable.problem} The handout shows its name and steps only.` })
      }
      return { photos, warnings }
    }
  }
}

export type CustomExerciseService = ReturnType<typeof createCustomExerciseService>
