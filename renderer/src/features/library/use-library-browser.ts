import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { bodyAreas } from '../../../../shared/domain/body-area'
import { equipmentItems, kinds, levels, regions, startingPositions } from '../../../../shared/domain/exercise'
import { useExerciseLibraryStore } from './exercise-library-store'
import { emptyFilter, filterExercises, isFiltered, searchText } from './filter'

/** State of the library screen: the filter, the matches and the exercise being read. */
export function useLibraryBrowser() {
  const { t } = useI18n()
  const filter = ref(emptyFilter())
  const selectedId = ref<string>()
  const store = useExerciseLibraryStore()
  const library = computed(() => store.library)
  const index = computed(() => new Map(library.value.exerciseList.map((exercise) => [exercise.id, searchText(exercise)])))

  const matches = computed(() => filterExercises(library.value.exerciseList, filter.value, index.value))
  const selected = computed(() => (selectedId.value ? library.value.exercises.get(selectedId.value) : undefined))
  const filtered = computed(() => isFiltered(filter.value))
  const options = {
    areas: bodyAreas.map((value) => ({ value, label: t(`area.${value}`) })),
    kinds: kinds.map((value) => ({ value, label: t(`kind.${value}`) })),
    regions: regions.map((value) => ({ value, label: t(`region.${value}`) })),
    positions: startingPositions.map((value) => ({ value, label: t(`position.${value}`) })),
    equipment: equipmentItems.map((value) => ({ value, label: t(`equipment.${value}`) })),
    levels: levels.map((value) => ({ value, label: t(`workflow.library.level.${value}`) }))
  }

  return {
    library,
    isCustom: store.isCustom,
    load: store.load,
    filter,
    matches,
    selected,
    selectedId,
    filtered,
    options,
    clear: () => (filter.value = emptyFilter())
  }
}
