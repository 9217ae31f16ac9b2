import { onBeforeUnmount, onMounted } from 'vue'
import { onBeforeRouteLeave } from 'vue-router'

/**
 * Unsaved edits are never dropped silently: leaving the screen (or closing the window) while
 * `dirty` asks first.
 */
export function useLeaveGuard(dirty: () => boolean, question: () => string) {
  onBeforeRouteLeave(() => !dirty() || window.confirm(question()))
  const onUnload = (event: BeforeUnloadEvent) => {
    if (!dirty()) return
    event.preventDefault()
    event.returnValue = ''
  }
  onMounted(() => window.addEventListener('beforeunload', onUnload))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onUnload))
}
