/**
 * The names of the IPC methods, kept free of zod so the sandboxed preload stays
 * tiny. contract.ts must define exactly these keys (TypeScript checks both ways).
 */
export const methodNames = ['getAppInfo'] as const

export type MethodName = (typeof methodNames)[number]

export const channelOf = (name: MethodName): string => `physioplan:${name}`

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (methodNames as readonly string[]).includes(value)
}
