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

/** Blocks estimated up to this share of the page body are kept on one page. */
export const KEEP_TOGETHER_LIMIT = 0.8
