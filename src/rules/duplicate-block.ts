import { defineRule } from '../define-rule.js'
import { isLocated, lineKey, perPage } from './util.js'

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

/** HTML: the index of the first block with each text inside the located main content. */
const firstLocated = perPage((blocks) => {
  const map = new Map<string, number>()
  for (const block of blocks) {
    if (!isLocated(block)) continue
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
  // Measured: +0.005 word F1 on wcxb-dev text; in HTML, against any earlier
  // block -0.001 on all pages (a teaser outside the content repeats the
  // article's lead) but +0.001 on product and listing pages (carousels);
  // on discussion pages, against an earlier block of the located content (a
  // quoted post), +0.0008 on all pages (forums +0.010).
  description: 'Drops a block whose text repeats an earlier block of the page word for word.',
  test(block, context) {
    // Short repeated lines (menus, a table of contents) are repeated-line's to judge.
    if (block.words <= SHORT) return undefined
    // In HTML, carousel pages repeat text anywhere; on a discussion only a
    // copy inside the content repeats the content (a quoted post).
    const anywhere = context.format !== 'html' || SHOWS_TWICE.has(context.pageType)
    if (!anywhere && (context.pageType !== 'discussion' || !isLocated(block))) return undefined
    const firsts = anywhere ? firstIndex(context.blocks) : firstLocated(context.blocks)
    const first = firsts.get(lineKey(block.text))
    if (first === undefined || first === block.index) return undefined
    return { drop: true, reason: 'repeats an earlier block' }
  },
})
