import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const renderer = join(import.meta.dirname, '..', '..', 'out', 'renderer')
const read = (file: string) => readFileSync(join(renderer, file), 'utf8')

/** The scripts the page runs before its first screen: index.html's module scripts and everything they import statically. */
function firstScreenScripts(): Map<string, string> {
  const html = read('index.html')
  const pending = [...html.matchAll(/<script type="module"[^>]* src="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!)
  const scripts = new Map<string, string>()
  while (pending.length) {
    const file = pending.pop()!
    if (scripts.has(file)) continue
    const code = read(file)
    scripts.set(file, code)
    // Static imports only (`import … from"./x.js"`, `import"./x.js"`); import("./x.js") loads later.
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) pending.push(`assets/${m[1]}`)
  }
  return scripts
}

// A name only @tanstack/virtual-core's own code carries (kept by the minifier: it is a property).
const virtualizerMarker = 'calculateRange'

describe('the built Clients screen', () => {
  it('starts without the list virtualizer, which is loaded after the first rows are painted', () => {
    const scripts = firstScreenScripts()
    expect([...scripts.keys()].some((f) => /\/index-[\w-]+\.js$/.test(f))).toBe(true)
    for (const [file, code] of scripts) expect(code.includes(virtualizerMarker), file).toBe(false)
    // It is in a chunk of its own, which the first screen names only in a dynamic import().
    const chunk = [...scripts.values()].join('\n').match(/import\(["`]\.\/(client-virtualizer-[\w-]+\.js)/)
    expect(chunk, 'a dynamic import of the virtualizer chunk').not.toBeNull()
    expect(read(`assets/${chunk![1]}`)).toContain(virtualizerMarker)
  })
})
