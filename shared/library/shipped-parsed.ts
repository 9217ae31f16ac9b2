import { builtInData } from './built-in-data'
import { parseLibrary, type ParsedLibrary } from './create-library'

/**
 * The shipped data, validated. The CLI's build validates it once and writes the result beside its
 * bundle, read in place of this module (scripts/build-cli.mjs), so a cold command does not
 * validate ~200 exercises.
 */
export function parsedShippedLibrary(): ParsedLibrary {
  return parseLibrary(builtInData)
}
