import type { Plugin } from 'vite'

/** V8's file-wide compile hint (Chromium 136+, so every Electron from 36 on): compile every function now. */
export const eagerCompileHint = '//# allFunctionsCalledOnLoad'

/**
 * Marks the chunks the first screen loads (the entry named `entryName` and every chunk it imports
 * statically) for eager compilation. Left to itself V8 only pre-parses a function and compiles it
 * on the main thread at its first call, which is nearly every function of these chunks (Vue's
 * runtime, the router, the list) while the first screen is being drawn; marked, they are compiled
 * once, while the script streams in, off the main thread. Chunks loaded later keep V8's lazy default.
 */
export function eagerCompileFirstScreen(entryName: string): Plugin {
  return {
    name: 'physioplan:eager-compile-first-screen',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry && file.name === entryName)
        if (!entry || entry.type !== 'chunk') throw new Error(`eagerCompileFirstScreen: the build has no entry named ${entryName}`)
        const marked = new Set<string>()
        const mark = (fileName: string) => {
          const chunk = bundle[fileName]
          if (marked.has(fileName) || !chunk || chunk.type !== 'chunk') return
          marked.add(fileName)
          // The hint must come first in the file; the source map gains one unmapped line to match.
          chunk.code = `${eagerCompileHint}\n${chunk.code}`
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`
          const mapFile = bundle[`${fileName}.map`]
          if (mapFile?.type === 'asset') {
            const map = JSON.parse(String(mapFile.source)) as { mappings: string }
            mapFile.source = JSON.stringify({ ...map, mappings: `;${map.mappings}` })
          }
          chunk.imports.forEach(mark)
        }
        mark(entry.fileName)
      }
    }
  }
}
