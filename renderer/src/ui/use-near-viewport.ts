import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

/** One observer for every watched element: a long list costs one, not one per card. */
const waiting = new Map<Element, () => void>()
let observer: IntersectionObserver | undefined
const observe = (element: Element, seen: () => void) => {
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue
      waiting.get(entry.target)?.()
      waiting.delete(entry.target)
      observer!.unobserve(entry.target)
    }
  }, { rootMargin: '300px 0px' })
  waiting.set(element, seen)
  observer.observe(element)
}
const forget = (element: Element) => {
  waiting.delete(element)
  observer?.unobserve(element)
}

/** Becomes true once the element comes within a few hundred pixels of the screen, and stays true. */
export function useNearViewport(element: Ref<Element | undefined>): Ref<boolean> {
  const near = ref(false)
  onMounted(() => {
    if (typeof IntersectionObserver === 'undefined') return void (near.value = true)
    if (element.value) observe(element.value, () => (near.value = true))
  })
  onBeforeUnmount(() => element.value && forget(element.value))
  return near
}
