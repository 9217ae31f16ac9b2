import type { Plugin } from 'vite'

/**
 * Gives the build's entry chunk named `entryName` its own <script type="module">, placed before
 * the app's script (and after the CSP, which must govern it). Module scripts run in document
 * order, each once its own imports are ready: this small one runs while the browser is still
 * parsing the app's large scripts, which import the same module and so find it already run.
 * (A second <script> written in index.html would not do: Vite joins them into one entry.)
 */
export function earlyScript(entryName: string): Plugin {
  let base = './'
  return {
    name: 'physioplan:early-script',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((file) => file.type === 'chunk' && file.isEntry && file.name === entryName)
        if (!chunk) throw new Error(`earlyScript: the build has no entry named ${entryName}`)
        const tag = `<script type="module" crossorigin src="${base}${chunk.fileName}"></script>\n    `
        const first = html.indexOf('<script type="module"')
        if (first < 0 || html.indexOf('Content-Security-Policy') > first) throw new Error('earlyScript: index.html has no module script after its CSP')
        return html.slice(0, first) + tag + html.slice(first)
      }
    }
  }
}
