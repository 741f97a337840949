import { defineRule } from '../define-rule.js'
import { endsLikeSentence } from '../features.js'
import { lineKey, perPage } from './util.js'

/** Lines up to this many words are judged; longer text repeated is rarely chrome. */
const MAX_WORDS = 8

/** How often each short line occurs on the page. */
const counts = perPage((blocks) => {
  const map = new Map<string, number>()
  for (const block of blocks) {
    if (block.words === 0 || block.words > MAX_WORDS) continue
    const k = lineKey(block.text)
    map.set(k, (map.get(k) ?? 0) + 1)
  }
  return map
})

/**
 * Short lines that stand more than once on a page: menus shown twice (desktop
 * and mobile, header and footer), "Reply" and "Share" buttons under every
 * post. CCNet drops lines repeated across a site for the same reason; within
 * one page the signal is weaker but needs no other pages.
 */
export const repeatedLine = defineRule({
  id: 'repeated-line',
  aggressive: true,
  category: 'navigation',
  // In HTML the locator has removed duplicated menus already; measured, the rule cost 0.001 there.
  formats: ['text'],
  description: 'Drops short lines that occur more than once on the page (menus, repeated buttons).',
  test(block, context) {
    if (block.words === 0 || block.words > MAX_WORDS) return undefined
    // Menus and buttons are labels; a repeated sentence is a pull quote or a refrain.
    if (endsLikeSentence(block.text)) return undefined
    if ((counts(context.blocks).get(lineKey(block.text)) ?? 0) < 2) return undefined
    // A copy that introduces a paragraph is a section heading (its twin sits in a
    // table of contents); menu items are followed by more menu items.
    const next = context.blocks[block.index + 1]
    if (next && next.words >= 20 && endsLikeSentence(next.text)) return undefined
    return { drop: true, reason: 'short line repeated on the page' }
  },
})
