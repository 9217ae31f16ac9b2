/** A marker that must never come back in a reply: replies do not echo what was sent. */
export const hostileMarker = 'HOSTILE<script>'

function nested(depth: number): unknown {
  let value: unknown = hostileMarker
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

/** Oversized and malformed argument lists, each sent to every IPC method. */
export function hostileArgumentLists(): { name: string; args: unknown[] }[] {
  return [
    { name: '10 MB byte array where an object is expected', args: [new Uint8Array(10 * 1024 * 1024)] },
    { name: '10 MB byte array as a photo', args: ['custom-x', { bytes: new Uint8Array(10 * 1024 * 1024) }] },
    { name: '5 million characters', args: [{ text: hostileMarker.repeat(350_000) }] },
    { name: '200,000 numbers', args: [Array.from({ length: 200_000 }, (_, i) => i)] },
    { name: '100,000 keys', args: [Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`${hostileMarker}${i}`, i]))] },
    { name: '10,000 levels deep', args: [nested(10_000)] },
    { name: 'wrong types and too many arguments', args: [hostileMarker, 42, null, { [hostileMarker]: true }] },
    { name: 'unknown keys in an object', args: [{ [hostileMarker]: hostileMarker, givenName: 7 }] }
  ]
}
