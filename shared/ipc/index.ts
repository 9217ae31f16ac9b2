export * from './contract'
export * from './result'
export type { AppInfo } from './app-info'
export * from './store-types'
