import { elementScroll, observeElementRect, type Rect, type Virtualizer } from '@tanstack/vue-virtual'

type Instance = Virtualizer<HTMLElement, Element>
type ScrollOptions = { adjustments?: number; behavior?: ScrollBehavior }

/**
 * Virtualizer options that hold back the library's first look at its scroller until the browser
 * has laid the page out (a ResizeObserver reports just after layout). Handed the scroller, the
 * library reads its size and scrolls it to where it already is, each forcing a layout of the whole
 * page in the middle of drawing the first rows; until then `initialRect` and offset 0 serve.
 */
export function afterFirstLayout() {
  let laidOut = false
  let heldScroll: (() => void) | undefined
  return {
    observeElementRect(instance: Instance, report: (rect: Rect) => void) {
      const element = instance.scrollElement
      if (!element) return
      let stop: (() => void) | void
      const firstLayout = new ResizeObserver(() => {
        firstLayout.disconnect()
        laidOut = true
        heldScroll?.()
        heldScroll = undefined
        stop = observeElementRect(instance, report)
      })
      firstLayout.observe(element)
      return () => {
        firstLayout.disconnect()
        stop?.()
      }
    },
    scrollToFn(offset: number, options: ScrollOptions, instance: Instance) {
      if (laidOut) return elementScroll(offset, options, instance)
      heldScroll = () => elementScroll(offset, options, instance)
    }
  }
}
