import { createHash } from 'node:crypto'
import { basename, resolve } from 'node:path'
import { baseCompile } from '@intlify/message-compiler'
import { build } from 'esbuild'
import type { Plugin } from 'vite'

type Messages = { [key: string]: string | Messages }

/**
 * The app's messages compiled to vue-i18n's message AST at build time, and every message checked:
 * the shipped renderer then carries no message compiler (`__INTLIFY_DROP_MESSAGE_COMPILER__`) and
 * compiles nothing as its first screen is drawn. @intlify/message-compiler is the compiler vue-i18n
 * itself depends on (the same version as its runtime, so the AST always matches).
 */
export function precompiledMessages(messagesFile: string): Plugin {
  const file = resolve(messagesFile)
  return {
    name: 'physioplan:precompiled-messages',
    apply: 'build',
    // (The dev server and the tests keep vue-i18n's compiler and the messages as written.)
    config: () => ({ define: { __INTLIFY_DROP_MESSAGE_COMPILER__: true } }),
    async load(id) {
      if (resolve(id) !== file) return null
      const bundled = await build({ entryPoints: [file], bundle: true, format: 'esm', platform: 'neutral', write: false, metafile: true })
      for (const input of Object.keys(bundled.metafile.inputs)) this.addWatchFile(resolve(input))
      const code = bundled.outputFiles[0]!.text
      const { default: messages } = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { default: Messages }
      // vue-i18n's cache of message functions is shared by every i18n instance in the page: the
      // messages' own hash keeps two different sets of messages from ever sharing a key.
      const tag = `${basename(file).replace(/\.[^.]*$/, '')}${createHash('sha256').update(JSON.stringify(messages)).digest('hex').slice(0, 6)}`
      let next = 0
      // JSON.parse of one string is read faster than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compileAll(messages, '', () => `${tag}:${(next++).toString(36)}`)))})`
    }
  }
}

function compileAll(messages: Messages, path: string, cacheKey: () => string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => {
      const at = path ? `${path}.${key}` : key
      if (typeof value !== 'string') return [key, compileAll(value, at, cacheKey)]
      const { ast } = baseCompile(value, {
        jit: true,
        location: false,
        minify: true,
        onError: (error) => {
          throw new Error(`The message ${at} does not compile: ${error.message}`)
        }
      })
      // vue-i18n keeps the message function it makes from an AST only when the AST names a cache key.
      // A short one (file and a counter): the messages travel in the first screen's script, and keys
      // spelling out each message's path were a sixth of its bytes.
      return [key, { ...ast, cacheKey: cacheKey() }]
    })
  )
}
