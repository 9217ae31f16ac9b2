import { afterEach, describe, expect, it } from 'vitest'
import { createApp, h, withDirectives, type App } from 'vue'
import { vMovesInPlace } from '../../renderer/src/features/plan-builder/card-focus'

type MoveBefore = ((this: HTMLElement, node: Node, child: Node | null) => void) | undefined

// The renderer project shares one page between files: each list is taken out again.
const mounted: { app: App; host: HTMLElement }[] = []
afterEach(() => mounted.splice(0).forEach(({ app, host }) => (app.unmount(), host.remove())))

/** A list with the directive, where the browser's moveBefore is `moveBefore` (happy-dom has none). */
function listWith(moveBefore: MoveBefore) {
  const host = document.createElement('div')
  document.body.append(host)
  let list!: HTMLElement
  const app = createApp({
    render: () => withDirectives(h('ol', { ref: (el: unknown) => void (list = el as HTMLElement), onVnodeBeforeMount: ({ el }: { el: unknown }) => void Object.assign(el as object, { moveBefore }) }, [h('li', 'a'), h('li', 'b')]), [[vMovesInPlace]])
  })
  app.mount(host)
  mounted.push({ app, host })
  return list
}

describe('a plan card reordered in the list', () => {
  it('is moved in place where the browser can, and a new card is inserted as before', () => {
    const moved: string[] = []
    const list = listWith(function (node, child) {
      moved.push(node.textContent ?? '')
      Node.prototype.insertBefore.call(this, node, child)
    })
    const [a, b] = [...list.children] as HTMLElement[]
    list.insertBefore(b!, a!)
    expect([...list.children].map((li) => li.textContent)).toEqual(['b', 'a'])
    const added = document.createElement('li')
    added.textContent = 'c'
    list.insertBefore(added, null)
    expect([...list.children].map((li) => li.textContent)).toEqual(['b', 'a', 'c'])
    expect(moved).toEqual(['b'])
  })

  it('is inserted as before when the browser refuses to move it', () => {
    const list = listWith(() => {
      throw new DOMException('refused', 'HierarchyRequestError')
    })
    const [a, b] = [...list.children] as HTMLElement[]
    list.insertBefore(b!, a!)
    expect([...list.children].map((li) => li.textContent)).toEqual(['b', 'a'])
  })

  it('is left to insertBefore where the browser has no moveBefore', () => {
    const list = listWith(undefined)
    expect(Object.hasOwn(list, 'insertBefore')).toBe(false)
  })
})
