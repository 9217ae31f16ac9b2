import type { Handlers } from '../dispatcher'
import type { Services } from '../services'

type CustomExerciseMethods =
  | 'listCustomExercises'
  | 'saveCustomExercise'
  | 'deleteCustomExercise'
  | 'addCustomExercisePhoto'
  | 'removeCustomExercisePhoto'
  | 'getCustomExercisePhoto'

export function customExerciseHandlers({ store, customExercises }: Services): Pick<Handlers, CustomExerciseMethods> {
  return {
    listCustomExercises: () => store.customExercises.list(),
    saveCustomExercise: (input) => store.customExercises.save(input),
    deleteCustomExercise: (id) => store.customExercises.delete(id),
    addCustomExercisePhoto: (exerciseId, source) => customExercises.setPhoto(exerciseId, source),
    removeCustomExercisePhoto: (exerciseId, photoId) => store.customExercises.removePhoto(exerciseId, photoId),
    getCustomExercisePhoto: (exerciseId, photoId) => store.customExercises.getPhoto(exerciseId, photoId)
  }
}
