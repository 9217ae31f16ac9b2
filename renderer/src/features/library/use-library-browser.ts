import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { bodyAreas } from '../../../../shared/domain/body-area'
import { kinds, regions, startingPositions } from '../../../../shared/domain/exercise'
import { library } from '../../../../shared/library'
import { emptyFilter, filterExercises, searchText } from './filter'

/** State of the library screen: the filter, the matches and the exercise being read. */
export function useLibraryBrowser() {
  const { t } = useI18n()
  const filter = ref(emptyFilter())
  const selectedId = ref<string>()
  const index = new Map(library.exerciseList.map((exercise) => [exercise.id, searchText(exercise)]))

  const matches = computed(() => filterExercises(library.exerciseList, filter.value, index))
  const selected = computed(() => (selectedId.value ? library.exercises.get(selectedId.value) : undefined))
  const filtered = computed(() => {
    const f = filter.value
    return f.text !== '' || f.areas.length > 0 || f.kinds.length > 0 || f.regions.length > 0 || f.positions.length > 0
  })
  const options = {
    areas: bodyAreas.map((value) => ({ value, label: t(`area.${value}`) })),
    kinds: kinds.map((value) => ({ value, label: t(`kind.${value}`) })),
    regions: regions.map((value) => ({ value, label: t(`region.${value}`) })),
    positions: startingPositions.map((value) => ({ value, label: t(`position.${value}`) }))
  }

  return {
    library,
    filter,
    matches,
    selected,
    selectedId,
    filtered,
    options,
    clear: () => (filter.value = emptyFilter())
  }
}
