import { defineRule } from '../define-rule.js'
import { endsLikeSentence } from '../features.js'
import type { Block } from '../types.js'
import { copiedRuns } from './duplicate-block.js'
import { lineKeys, perPage } from './util.js'

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

/** A field repeated in a grid of cards recurs this many times at least. */
const CARD_MIN = 3
/** The cards' period (lines per card), bounds included. */
const CARD_MIN_PERIOD = 2
const CARD_MAX_PERIOD = 12
/** Share of the other lines of the cards that occur once on the page (titles, names). */
const CARD_UNIQUE = 0.5

/** A button, not a field: a call to action or a line ending in an arrow. */
export const BUTTON =
  /^(?:read|view|see|shop|learn|buy|add|get|watch|continue|discover|explore|more|click|download|subscribe|share|reply|book|order|show|visit|open|go|find|start|try|sign|join|follow|load|compare|select|choose|apply|contact|request|save|like|tweet|pin|email|print|play|listen)\b|[→»›>]\s*$/iu

/**
 * Keys of short lines that recur at a fixed period among lines that are
 * themselves unique: a field ("Winner", "In stock", a price label) shown
 * in every card of a grid, where the card's title and text differ. A menu
 * shown twice repeats its neighbours too, so it does not pass; nor does a
 * button ("Read more →"), which goes like any other repeated button.
 */
const cardFields = perPage((blocks) => {
  const all = new Map<string, number>()
  const lines = lineKeys(blocks)
  // Blocks without words (rules, lone symbols) take no part in a card.
  const keys = blocks.map((block) => (block.words === 0 ? '' : (lines[block.index] ?? '')))
  for (const k of keys) if (k) all.set(k, (all.get(k) ?? 0) + 1)
  const at = new Map<string, number[]>()
  for (const [i, block] of blocks.entries()) {
    const k = keys[i] ?? ''
    if (!k || block.words > MAX_WORDS || (all.get(k) ?? 0) < CARD_MIN) continue
    if (BUTTON.test(k)) continue
    const list = at.get(k) ?? []
    list.push(i)
    at.set(k, list)
  }
  const fields = new Set<string>()
  for (const [k, list] of at) {
    const period = (list[1] ?? 0) - (list[0] ?? 0)
    if (period < CARD_MIN_PERIOD || period > CARD_MAX_PERIOD) continue
    if (!list.every((p, j) => j === 0 || p - (list[j - 1] ?? 0) === period)) continue
    let others = 0
    let unique = 0
    for (let i = list[0] ?? 0; i <= (list.at(-1) ?? 0); i++) {
      const other = keys[i] ?? ''
      if (!other || other === k) continue
      others++
      if (all.get(other) === 1) unique++
    }
    if (others > 0 && unique / others >= CARD_UNIQUE) fields.add(k)
  }
  return fields
})

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
