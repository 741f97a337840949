import { defineRule } from '../define-rule.js'
import { lineKey, perPage } from './util.js'

/** HTML pages whose carousels and responsive variants repeat their text. */
const SHOWS_TWICE: ReadonlySet<string> = new Set(['product', 'listing'])

/** Blocks up to this many words are left to repeated-line. */
const SHORT = 8

/** The index of the first block with each text. */
const firstIndex = perPage((blocks) => {
  const map = new Map<string, number>()
  for (const block of blocks) {
    const k = lineKey(block.text)
    if (!map.has(k)) map.set(k, block.index)
  }
  return map
})

/**
 * A block that repeats an earlier one word for word: carousels and tabbed
 * layouts render the same text twice, "pull quotes" repeat a paragraph. The
 * first copy stays (trafilatura drops repeated segments the same way).
 */
export const duplicateBlock = defineRule({
  id: 'duplicate-block',
  aggressive: true,
  category: 'boilerplate',
  // Measured: +0.005 word F1 on wcxb-dev text; in HTML -0.001 on all pages (an
  // article's gold keeps what it shows twice) but +0.001 on product and
  // listing pages alone (carousels, responsive copies).
  description: 'Drops a block whose text repeats an earlier block of the page word for word.',
  test(block, context) {
    if (context.format === 'html' && !SHOWS_TWICE.has(context.pageType)) return undefined
    // Short repeated lines (menus, a table of contents) are repeated-line's to judge.
    if (block.words <= SHORT) return undefined
    const first = firstIndex(context.blocks).get(lineKey(block.text))
    if (first === undefined || first === block.index) return undefined
    return { drop: true, reason: 'repeats an earlier block' }
  },
})
