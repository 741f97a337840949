import { defineRule } from '../define-rule.js'
import type { Block } from '../types.js'

function key(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Blocks up to this many words are left to repeated-line. */
const SHORT = 8

const cache = new WeakMap<readonly Block[], Map<string, number>>()

/** The index of the first block with each text, built once per page. */
function firstIndex(blocks: readonly Block[]): Map<string, number> {
  let map = cache.get(blocks)
  if (!map) {
    map = new Map()
    for (const block of blocks) {
      const k = key(block.text)
      if (!map.has(k)) map.set(k, block.index)
    }
    cache.set(blocks, map)
  }
  return map
}

/**
 * A block that repeats an earlier one word for word: carousels and tabbed
 * layouts render the same text twice, "pull quotes" repeat a paragraph. The
 * first copy stays (trafilatura drops repeated segments the same way).
 */
export const duplicateBlock = defineRule({
  id: 'duplicate-block',
  category: 'boilerplate',
  // Measured: +0.005 word F1 on wcxb-dev text, -0.001 in HTML (its gold keeps
  // what a page shows twice), so it runs on plain text only.
  formats: ['text'],
  description: 'Drops a block whose text repeats an earlier block of the page word for word.',
  test(block, context) {
    // Short repeated lines (menus, a table of contents) are repeated-line's to judge.
    if (block.words <= SHORT) return undefined
    const first = firstIndex(context.blocks).get(key(block.text))
    if (first === undefined || first === block.index) return undefined
    return { drop: true, reason: 'repeats an earlier block' }
  },
})
