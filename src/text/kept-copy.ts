/**
 * Which copy of a repeated block stays, in plain text. `duplicate-block`
 * keeps a block's first copy and drops the later ones; but the first copy
 * may stand in chrome that is dropped in its turn (a table of contents
 * above the heading it repeats, a teaser above the article), and then no
 * copy is left. A later copy that sits among kept text comes back.
 */
import { lineKey } from '../rules/util.js'
import type { Block } from '../types.js'
import { leadIn } from './bridge.js'

/** The rule whose drops are reconsidered. */
export const DUPLICATE_RULE = 'duplicate-block'
/** The rule whose drops in an article's list go to the later rules. */
export const REPEATED_RULE = 'repeated-line'

/**
 * Indices of the blocks to keep again: dropped by `duplicate-block`, no copy
 * of their text kept (the title counts as kept), and a kept block right
 * below (a heading above its text). `dropped` maps
 * each dropped block's index to its rule's id.
 */
export function keptCopies(
  blocks: readonly Block[],
  titleIndex: number,
  dropped: ReadonlyMap<number, string>,
): number[] {
  const keptKeys = new Set<string>()
  for (const block of blocks) {
    // The title counts as kept: its copy below is the headline, not text.
    if (!dropped.has(block.index)) keptKeys.add(lineKey(block.text))
  }
  const kept = (i: number) => i > titleIndex && i < blocks.length && !dropped.has(i)
  const out: number[] = []
  const restored = new Set<string>()
  for (const block of blocks) {
    if (dropped.get(block.index) !== DUPLICATE_RULE) continue
    const key = lineKey(block.text)
    if (keptKeys.has(key) || restored.has(key)) continue
    if (!kept(block.index + 1)) continue
    restored.add(key)
    out.push(block.index)
  }
  return out
}

/**
 * Whether a line stands in a list of the article: a lead-in ending in a
 * colon up to 12 short lines above it.
 */
export function listItem(blocks: readonly Block[], titleIndex: number, i: number): boolean {
  for (let j = i - 1; j > titleIndex && j >= i - 12; j--) {
    const b = blocks[j] as Block
    if (leadIn(b.text)) return true
    if (b.words > 8) return false
  }
  return false
}
