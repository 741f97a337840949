/**
 * A shop's grid of priced cards, in plain text. A collection page lists its
 * products one card after another (name, price, brand, a badge), so its
 * price lines recur at a near-fixed period; each card's short lines then
 * read as a menu to the context rule and its repeated fields (a brand, a
 * shipping note) as a menu shown twice to `repeated-line` (cards shown
 * twice, in a carousel and in the grid, to `duplicate-block`), and the page
 * keeps next to nothing of what HTML mode keeps from the located grid.
 * Inside such a grid, when it outweighs the text kept above it (a product's
 * own description above a "you may also like" row keeps the row out), those
 * rules' drops are undone; buttons stay dropped.
 */
import { BUTTON } from '../rules/util.js'
import type { Block } from '../types.js'
import { PRICE } from './page-type.js'

/** Priced cards that make a grid. */
const MIN_CARDS = 4
/** Lines per card, bounds included (as `repeated-line`'s card fields). */
const MIN_PERIOD = 2
const MAX_PERIOD = 12
/** Lines a card may hold more or fewer than the first card (a badge, a note, a former price). */
const SLACK = 2
/** A price line: short, a price and little else. */
const PRICE_CHARS = 40
const PRICE_WORDS = 6
/** The rules whose drops a grid undoes. */
const UNDONE = new Set(['boilerplate-context', 'repeated-line', 'duplicate-block'])

/** The grids below the title, as [first, last] block indices, cards' edges included. */
export function priceGrids(blocks: readonly Block[], titleIndex: number): [number, number][] {
  const prices: number[] = []
  for (const { index, text, words } of blocks) {
    if (
      index > titleIndex &&
      text.length <= PRICE_CHARS &&
      words <= PRICE_WORDS &&
      PRICE.test(text)
    )
      prices.push(index)
  }
  const grids: [number, number][] = []
  // A run of price lines from `i` whose gaps stay within SLACK of the first.
  for (let i = 0, j = 1; i < prices.length; i = j, j = i + 1) {
    const first = prices[i] as number
    let period = 0
    for (; j < prices.length; j++) {
      const gap = (prices[j] as number) - (prices[j - 1] as number)
      period ||= gap
      if (gap < MIN_PERIOD || gap > MAX_PERIOD || Math.abs(gap - period) > SLACK) break
    }
    if (j - i < MIN_CARDS) {
      j = i + 1
      continue
    }
    const last = prices[j - 1] as number
    // The mean period: a card's lines stand up to a period before and after its price.
    const mean = Math.max(MIN_PERIOD, Math.round((last - first) / (j - 1 - i)))
    grids.push([
      Math.max(titleIndex + 1, first - mean + 1),
      Math.min(blocks.length - 1, last + mean - 1),
    ])
  }
  return grids
}

/**
 * Indices of the blocks to keep again: inside a grid whose words outnumber
 * those kept between the title and the first grid, dropped by the context
 * rule, `repeated-line` or `duplicate-block`, and no button. `dropped` maps each dropped block's
 * index to its rule's id.
 */
export function gridCards(
  blocks: readonly Block[],
  titleIndex: number,
  dropped: ReadonlyMap<number, string>,
): number[] {
  const grids = priceGrids(blocks, titleIndex)
  const start = grids[0]?.[0] ?? blocks.length
  let above = 0
  for (let k = titleIndex + 1; k < start; k++)
    if (!dropped.has(k)) above += (blocks[k] as Block).words
  let words = 0
  const out: number[] = []
  for (const [first, last] of grids) {
    for (let k = first; k <= last; k++) {
      const block = blocks[k] as Block
      words += block.words
      if (UNDONE.has(dropped.get(k) ?? '') && !BUTTON.test(block.text)) out.push(k)
    }
  }
  return above > words ? [] : out
}
