import { computed, type Ref } from 'vue'
import { useVirtualizer, type Virtualizer } from '@tanstack/vue-virtual'
import { afterFirstLayout } from './after-first-layout'

export type ClientVirtualizer = Ref<Virtualizer<HTMLElement, Element>>

/** What the list tells the virtualizer; read again whenever one of them changes. */
export interface ClientListShape {
  count: number
  scroller: () => HTMLElement | null
  rowHeight: number
  overscan: number
  scrollMargin: number
}

/**
 * The client list's virtualizer: 10,000 positions, a watch on <main> and on each row's size. It is
 * loaded (this module and the library, a fifth of the first screen's script) just after the first
 * rows are painted, so it is neither fetched nor compiled before the clinician sees the list.
 * Call it inside the list's effect scope.
 */
export function clientVirtualizer(shape: () => ClientListShape): ClientVirtualizer {
  const firstLayout = afterFirstLayout()
  return useVirtualizer(
    computed(() => {
      const { count, scroller, rowHeight, overscan, scrollMargin } = shape()
      return {
        count,
        getScrollElement: scroller,
        estimateSize: () => rowHeight,
        overscan,
        // The window's size until <main> is measured (a frame later).
        initialRect: { width: window.innerWidth, height: window.innerHeight },
        // <main> is measured and scrolled once the browser has laid the page out, not as the rows are drawn.
        ...firstLayout,
        scrollMargin,
        // Rows are keyed by position (the default): a key read from the loaded rows would make every page's
        // arrival re-lay all 10,000 positions. A row's real height comes from the ResizeObserver after layout;
        // asked while the row is being drawn, the size already known is given instead of forcing a layout per row.
        measureElement: (el: Element, entry: ResizeObserverEntry | undefined, instance: { measurementsCache: { size: number }[] }) =>
          entry?.borderBoxSize[0]?.blockSize ?? instance.measurementsCache[Number(el.getAttribute('data-index'))]?.size ?? rowHeight
      }
    })
  )
}
