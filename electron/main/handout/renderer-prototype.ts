/**
 * The prototype of pdfmake's Renderer class from js/Renderer.js as imported (the class is its
 * default export, under one more `default` when bundled as CommonJS), checked to have `method`.
 * `what` says in the error what could not be done when pdfmake's internals have changed.
 */
export function rendererPrototype<M extends string>(rendererModule: unknown, method: M, what: string): Record<M, (...args: never[]) => unknown> & object {
  const has = (value: unknown): boolean => {
    const proto: unknown = typeof value === 'function' ? Reflect.get(value, 'prototype') : undefined
    return typeof proto === 'object' && proto !== null && typeof Reflect.get(proto, method) === 'function'
  }
  const candidate: unknown = Reflect.get(Object(rendererModule), 'default')
  const renderer: unknown = has(candidate) ? candidate : Reflect.get(Object(candidate), 'default')
  if (!has(renderer)) throw new Error(`pdfmake internals changed: cannot ${what} (expected pdfmake 0.3.11)`)
  return Reflect.get(renderer as object, 'prototype') as Record<M, (...args: never[]) => unknown> & object
}
