import { indexLibrary, type Library } from './create-library'
import { parsedShippedLibrary } from './shipped-parsed'

let shipped: Library | undefined

/** The shipped library, validated on first use and kept: a bad file fails loudly, naming itself. */
export function shippedLibrary(): Library {
  return (shipped ??= indexLibrary(parsedShippedLibrary()))
}

/**
 * The shipped library as a plain value. Validating ~200 exercises with zod takes ~120 ms, so it
 * happens on first use rather than at module load: the app's window appears first.
 */
export const library: Library = new Proxy({} as Library, {
  get: (_target, key) => Reflect.get(shippedLibrary(), key),
  has: (_target, key) => Reflect.has(shippedLibrary(), key),
  ownKeys: () => Reflect.ownKeys(shippedLibrary()),
  getOwnPropertyDescriptor: (_target, key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(shippedLibrary(), key)
    return descriptor && { ...descriptor, configurable: true }
  }
})

export { builtInData } from './built-in-data'
export { createLibrary, indexLibrary, parseLibrary, withCustomExercises, type Library, type ParsedLibrary, type RawLibrary } from './create-library'
export { findIntegrityProblems, findLadderProblems, MAX_UNDRAWN } from './integrity'
export * from './lookup'
export { ladderOf, type Ladder } from './ladder'
export { templateArea, templatesByArea } from './template-area'
