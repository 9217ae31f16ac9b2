import { nextTick, type Directive } from 'vue'

/**
 * On the plan's list: a card that Vue reorders is moved in place (moveBefore: Chromium 133, so
 * every Electron since 35) instead of being taken out of the page and put back (insertBefore).
 * Taken out, a card lost its focus to the page body, and giving it back made Chromium lay the
 * page out in the middle of the edit. A node not yet in the list (a new card, one dragged in), or
 * one the browser refuses to move (the list out of the page), is inserted as before.
 */
export const vMovesInPlace: Directive<HTMLElement> = {
  mounted(list) {
    if (typeof list.moveBefore !== 'function') return
    const insert = (node: Node, child: Node | null) => Node.prototype.insertBefore.call(list, node, child)
    list.insertBefore = <T extends Node>(node: T, child: Node | null): T => {
      if (node.parentNode !== list || node === child) return insert(node, child) as T
      try {
        list.moveBefore(node, child)
      } catch {
        insert(node, child)
      }
      return node
    }
  }
}

/**
 * Runs an edit of the whole plan (undo, redo) and keeps the focus on the plan card that had it.
 * A card moved in place keeps it (vMovesInPlace). Where the browser cannot move in place, the
 * card is focused again in its new place once the cards are redrawn; a card the edit removed
 * leaves the focus on the list, never on the page.
 */
export function keepingCardFocus(edit: () => void) {
  const card = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('#plan-items [data-item]') : null
  const list = document.getElementById('plan-items')
  if (!card || !list || card !== document.activeElement) return edit()
  const id = card.dataset.item
  edit()
  void nextTick(() => {
    const moved = list.querySelector<HTMLElement>(`[data-item="${id}"]`)
    if (!moved) list.focus({ preventScroll: true })
    else if (moved !== document.activeElement) moved.focus()
  })
}
