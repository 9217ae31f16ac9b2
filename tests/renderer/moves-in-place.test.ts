import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h, withDirectives } from 'vue'
import { vMovesInPlace } from '../../renderer/src/features/plan-builder/card-focus'

type MoveBefore = ((this: HTMLElement, node: Node, child: Node | null) => void) | undefined

/** A list with the directive, where the browser's moveBefore is `moveBefore` (happy-dom has none). */
function listWith(moveBefore: MoveBefore): HTMLElement {
  const setMoveBefore = ({ el }: { el: unknown }) => void Object.assign(el as object, { moveBefore })
  return mount({ render: () => withDirectives(h('ol', { onVnodeBeforeMount: setMoveBefore }, [h('li', 'a'), h('li', 'b')]), [[vMovesInPlace]]) }).element as HTMLElement
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
