/**
 * How a call's arguments cross Electron's IPC: one JSON text, then the byte arrays it
 * refers to. Electron structured-clones whatever is sent before any handler runs, so an
 * object with 100,000 keys would cost main hundreds of milliseconds before a check of ours
 * could refuse it. A text can be measured, and scanned without building anything, first.
 *
 * Kept free of imports: the sandboxed preload bundles this file.
 */
export type WireCall = [json: string, ...bytes: Uint8Array[]]

/** Marks a byte array (by its index among the parts) or an `undefined` argument in the text. */
const tag = '\u0000wire'
/** The tag as JSON writes it inside a text: a text without it needs no restoring. */
const tagInText = JSON.stringify(tag).slice(1, -1)

export function encodeCall(args: readonly unknown[]): WireCall {
  const bytes: Uint8Array[] = []
  let length = args.length
  while (length > 0 && args[length - 1] === undefined) length--
  const json = JSON.stringify(args.slice(0, length), function (this: unknown, _key, value: unknown) {
    if (value instanceof Uint8Array) return { [tag]: bytes.push(value) - 1 }
    // Inside an array JSON would turn undefined into null, which an optional argument refuses.
    if (value === undefined && Array.isArray(this)) return { [tag]: 'undefined' }
    return value
  })
  return [json, ...bytes]
}

export interface WireLimits {
  textLength: number
  bytes: number
  keys: number
  values: number
  depth: number
}

export type DecodedCall = { ok: true; args: unknown[] } | { ok: false; reason: string }

/**
 * Counts object keys, values and nesting in a JSON text without parsing it (string contents
 * are skipped), stopping at the first limit passed. Returns why it is too large, or null.
 */
export function jsonTooLarge(json: string, limits: WireLimits): string | null {
  let keys = 0
  let values = 1
  let depth = 0
  let inString = false
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i)
    if (inString) {
      if (code === 92 /* \ */) i++
      else if (code === 34 /* " */) inString = false
    } else if (code === 34) inString = true
    else if (code === 58 /* : */) {
      if (++keys > limits.keys) return 'too many values'
    } else if (code === 44 /* , */) {
      if (++values > limits.values) return 'too many values'
    } else if (code === 123 /* { */ || code === 91 /* [ */) {
      if (++depth > limits.depth) return 'nested too deeply'
    } else if (code === 125 /* } */ || code === 93 /* ] */) depth--
  }
  return null
}

/** The arguments of a call as sent by `encodeCall`, or why they are refused; never throws. */
export function decodeCall(wire: readonly unknown[], limits: WireLimits): DecodedCall {
  const [json, ...bytes] = wire
  if (typeof json !== 'string') return { ok: false, reason: 'malformed' }
  if (json.length * 2 > limits.textLength) return { ok: false, reason: 'too large' }
  let byteCount = 0
  for (const part of bytes) {
    if (!(part instanceof Uint8Array)) return { ok: false, reason: 'malformed' }
    byteCount += part.byteLength
  }
  if (byteCount > limits.bytes) return { ok: false, reason: 'too large' }
  const tooLarge = jsonTooLarge(json, limits)
  if (tooLarge) return { ok: false, reason: tooLarge }

  const used = new Set<number>()
  const restore = (_key: string, value: unknown): unknown => {
    if (value === null || typeof value !== 'object' || !(tag in value)) return value
    const marker = (value as Record<string, unknown>)[tag]
    if (marker === 'undefined') return undefined
    if (typeof marker !== 'number' || !Number.isInteger(marker) || marker < 0 || marker >= bytes.length || used.has(marker)) {
      throw new SyntaxError('bad byte reference')
    }
    used.add(marker)
    return bytes[marker]
  }
  try {
    const args: unknown = json.includes(tagInText) ? JSON.parse(json, restore) : JSON.parse(json)
    if (!Array.isArray(args)) return { ok: false, reason: 'malformed' }
    if (used.size !== bytes.length) return { ok: false, reason: 'malformed' }
    return { ok: true, args }
  } catch {
    return { ok: false, reason: 'malformed' }
  }
}
