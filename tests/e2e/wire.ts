/*
 * The e2e bridge carries JSON only. These two functions, also injected into the page
 * as source text (so they must stay self-contained), carry Uint8Arrays as base64.
 */
export function toWire(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    let binary = ''
    for (let i = 0; i < value.length; i++) binary += String.fromCharCode(value[i]!)
    return { __bytes: btoa(binary) }
  }
  if (Array.isArray(value)) return value.map(toWire)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]))
  }
  return value
}

export function fromWire(value: unknown): unknown {
  if (value && typeof value === 'object' && '__bytes' in value && typeof value.__bytes === 'string') {
    const binary = atob(value.__bytes)
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    return bytes
  }
  if (Array.isArray(value)) return value.map(fromWire)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromWire(v)]))
  }
  return value
}
