import { nextTick } from 'vue'

/**
 * Runs an edit of the whole plan (undo, redo) without losing the focus of the plan card that has it.
 * A card the edit moves is taken out of the page and put back, which drops the focus on the page
 * body (and makes the browser lay the page out in the middle of the redraw, to find a new focus).
 * So the focus waits on the list while the cards are redrawn and returns to the card in its new
 * place; a card the edit removed leaves it on the list.
 */
export function keepingCardFocus(edit: () => void) {
  const card = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('#plan-items [data-item]') : null
  const list = document.getElementById('plan-items')
  if (!card || !list || card !== document.activeElement) return edit()
  const id = card.dataset.item
  list.focus({ preventScroll: true })
  edit()
  void nextTick(() => list.querySelector<HTMLElement>(`[data-item="${id}"]`)?.focus())
}
