import { defineStore } from 'pinia'
import { computed, reactive, shallowRef } from 'vue'
import type { Exercise } from '../../../../shared/domain/exercise'
import type { ApiResult } from '../../../../shared/ipc/result'
import type { CustomExerciseInput, CustomExerciseRecord, PhotoRef } from '../../../../shared/ipc/store-types'
import { library as builtIn, withCustomExercises } from '../../../../shared/library'
import { api, plain } from '../../api'

/**
 * The library the page shows: the shipped exercises plus the clinician's own, merged the same way
 * main merges them for its checks and handouts (main recomputes; this copy is for display as one builds).
 */
export const useExerciseLibraryStore = defineStore('exercise-library', () => {
  const custom = shallowRef<CustomExerciseRecord[]>([])
  const library = computed(() => withCustomExercises(builtIn, custom.value.map((r) => r.exercise)))
  /** Object URLs of the photos shown, by photo id (a new photo has a new id, so nothing goes stale). */
  const photoUrls = reactive(new Map<string, string>())

  async function load() {
    const result = await api().listCustomExercises()
    if (result.ok) custom.value = result.value
    return result
  }

  const recordOf = (id: string) => custom.value.find((r) => r.exercise.id === id)

  /** The photo's URL once loaded; asks main for it the first time. */
  function photoUrl(exerciseId: string): string | undefined {
    const photo = recordOf(exerciseId)?.photos.at(-1)
    if (!photo) return undefined
    if (!photoUrls.has(photo.id)) {
      photoUrls.set(photo.id, '')
      void api().getCustomExercisePhoto(exerciseId, photo.id).then((result) => {
        if (result.ok) photoUrls.set(photo.id, URL.createObjectURL(new Blob([result.value.bytes as BlobPart], { type: result.value.mime })))
      })
    }
    return photoUrls.get(photo.id) || undefined
  }

  async function afterChange<T>(call: Promise<ApiResult<T>>): Promise<ApiResult<T>> {
    const result = await call
    if (result.ok) await load()
    return result
  }

  return {
    custom,
    library,
    load,
    photoUrl,
    isCustom: (id: string) => recordOf(id) !== undefined,
    save: (input: CustomExerciseInput) => afterChange(api().saveCustomExercise(plain(input))),
    setPhoto: (exerciseId: string, bytes: Uint8Array<ArrayBuffer>): Promise<ApiResult<PhotoRef>> => afterChange(api().addCustomExercisePhoto(exerciseId, { bytes })),
    removePhoto: (exerciseId: string, photoId: string) => afterChange(api().removeCustomExercisePhoto(exerciseId, photoId)),
    get: (id: string): Exercise | undefined => library.value.exercises.get(id)
  }
})
