import { benchHandout } from './handout'
import { benchImport } from './import'
import { benchIpc } from './ipc'
import { benchRenderer } from './renderer'
import { benchSafety } from './safety'
import { benchStartup } from './startup'
import { benchStore } from './store'

/**
 * `npm run bench` prints one JSON object with a key per section;
 * `npm run bench -- SECTION [SECTION…]` runs only those.
 */
const sections: Record<string, () => Promise<Record<string, number | string>>> = {
  ipc: benchIpc,
  safety: benchSafety,
  store: benchStore,
  handout: benchHandout,
  startup: benchStartup,
  import: benchImport,
  renderer: benchRenderer
}

async function main(requested: string[]) {
  const unknown = requested.filter((name) => !(name in sections))
  if (unknown.length > 0) {
    console.error(`Unknown bench section: ${unknown.join(', ')}. Known: ${Object.keys(sections).join(', ')}`)
    process.exit(2)
  }
  const names = requested.length > 0 ? requested : Object.keys(sections)
  const report: Record<string, unknown> = {}
  for (const name of names) report[name] = await sections[name]!()
  console.log(JSON.stringify(report, null, 2))
}

void main(process.argv.slice(2))
