import { onBeforeUnmount, onMounted } from 'vue'

/** Which history action a key press asks for: Ctrl/Cmd+Z undoes; Ctrl+Y and Ctrl/Cmd+Shift+Z redo. */
export function undoKeyOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'undo' | 'redo' | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo'
  return undefined
}

/**
 * The plan's undo and redo, anywhere on the builder, including in its text fields (their
 * edits are plan edits too). Fields outside the plan (a "keep" reason being typed) are marked
 * `data-native-undo` and keep the browser's own undo.
 */
export function useUndoKeys(actions: { undo: () => void; redo: () => void }) {
  const onKey = (event: KeyboardEvent) => {
    const action = undoKeyOf(event)
    if (!action || (event.target instanceof Element && event.target.closest('[data-native-undo], [role="dialog"]'))) return
    event.preventDefault()
    actions[action]()
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}
