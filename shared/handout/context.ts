import type { Clean } from './clean-text'
import type { PageMetrics, TypeScale } from './theme'
import type { HandoutOptions, HandoutWarning } from './types'

/** What every section builder needs: sizes for this paper and print size, and the text cleaner. */
export interface LayoutContext {
  options: HandoutOptions
  type: TypeScale
  page: PageMetrics
  clean: Clean
  warnings: HandoutWarning[]
}

/**
 * Blocks estimated up to this share of the page body are kept on one page. The estimates err
 * tall, so this can come close to a whole page; pdfmake drops what overflows a block kept
 * together that is taller than a page, so it must stay below 1.
 */
export const KEEP_TOGETHER_LIMIT = 0.92
