import type { PreparedWordLayouts } from './word-layouts'

/**
 * Reads the shaping of the shipped library's words, recorded when the CLI bundle is built: the
 * bundle replaces this file with a reader of the table written beside it (scripts/build-cli.mjs).
 * The sources and the app shape every word as it comes (the app warms its renderer up while idle).
 */
export const loadPreparedWordLayouts: (() => PreparedWordLayouts | undefined) | undefined = undefined
