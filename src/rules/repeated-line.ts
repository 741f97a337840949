import { defineRule } from '../define-rule.js'
import { endsLikeSentence } from '../features.js'
import type { Block } from '../types.js'
import { copiedRuns } from './duplicate-block.js'
import { cardFields, lineKeys, perPage } from './util.js'

/** Lines up to this many words are judged; longer text repeated is rarely chrome. */
const MAX_WORDS = 8

/** How often each short line occurs on the page. */
const counts = perPage((blocks) => {
  const map = new Map<string, number>()
  const keys = lineKeys(blocks)
  for (const block of blocks) {
    if (block.words === 0 || block.words > MAX_WORDS) continue
    const k = keys[block.index] ?? ''
    map.set(k, (map.get(k) ?? 0) + 1)
  }
  return map
})

/** Whether each block is a short line that stands twice or more on the page. */
export const repeatedLines = (blocks: readonly Block[]): boolean[] =>
  lineKeys(blocks).map((k) => (counts(blocks).get(k) ?? 0) > 1)

/** Where each line stands on the page (its indices), whatever its length. */
const positions = perPage((blocks) => {
  const map = new Map<string, number[]>()
  for (const [i, k] of lineKeys(blocks).entries()) {
    const list = map.get(k)
    if (list) list.push(i)
    else map.set(k, [i])
  }
  return map
})

/** A heading introduces this many words at least on its next line. */
const HEADING_NEXT = 10

/**
 * A section heading whose twin stands in a table of contents above: its
 * neighbours occur once on the page, the next one has HEADING_NEXT words or
 * more, and every other copy stands above it beside another repeated short
 * line (the contents' other entries). A menu shown twice repeats its
 * neighbours.
 */
function headingOfContents(blocks: readonly Block[], i: number): boolean {
  const keys = lineKeys(blocks)
  const at = positions(blocks)
  const count = (j: number) => at.get(keys[j] ?? '')?.length ?? 0
  const listed = (j: number) => count(j) >= 2 && (blocks[j]?.words ?? 0) <= MAX_WORDS
  if (count(i - 1) !== 1 || count(i + 1) !== 1) return false
  if ((blocks[i + 1]?.words ?? 0) < HEADING_NEXT) return false
  const others = (at.get(keys[i] ?? '') ?? []).filter((j) => j !== i)
  return others.length > 0 && others.every((j) => j < i && (listed(j - 1) || listed(j + 1)))
}

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
    const key = lineKeys(context.blocks)[block.index] ?? ''
    if ((counts(context.blocks).get(key) ?? 0) < 2) return undefined
    if (cardFields(context.blocks).has(key)) return undefined
    // A line of a section shown twice: its first copy stays, duplicate-block drops the later.
    const runs = copiedRuns(context.blocks)
    if (runs.sources.has(block.index) || runs.copied.has(block.index)) return undefined
    // A copy that introduces a paragraph is a section heading (its twin sits in a
    // table of contents); menu items are followed by more menu items.
    const next = context.blocks[block.index + 1]
    if (next && next.words >= 20 && endsLikeSentence(next.text)) return undefined
    if (headingOfContents(context.blocks, block.index)) return undefined
    return { drop: true, reason: 'short line repeated on the page' }
  },
})
