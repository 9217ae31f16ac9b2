import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import type { CustomExerciseRecord } from '../../../../shared/ipc/store-types'
import { library as builtIn, withCustomExercises } from '../../../../shared/library'
import { api } from '../../api'

/**
 * The library the page shows: the shipped exercises plus the clinician's own, merged the same way
 * main merges them for its checks and handouts (main recomputes; this copy is for display as one builds).
 */
export const useExerciseLibraryStore = defineStore('exercise-library', () => {
  const custom = shallowRef<CustomExerciseRecord[]>([])
  const library = computed(() => withCustomExercises(builtIn, custom.value.map((r) => r.exercise)))

  async function load() {
    const result = await api().listCustomExercises()
    if (result.ok) custom.value = result.value
    return result
  }

  return { custom, library, load, isCustom: (id: string) => custom.value.some((r) => r.exercise.id === id) }
})
