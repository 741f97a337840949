/**
 * A shop's grid of priced cards beside the located prose. On a category
 * page the paragraph scorer picks the buying guide or the FAQ below the
 * products (their sentences outscore the cards' names and prices), and the
 * grid, which the page is about, falls outside the content. A grid of at
 * least six like cards (same tag and classes), most of them showing a
 * price, is joined to the located content: the content becomes their
 * lowest common ancestor, when that adds little beside the two.
 */
import type { Element } from 'hast'
import { PRICE } from '../text/page-type.js'
import { isElement, type Parent, rawText } from './hast.js'
import { ancestors } from './scope.js'
import { type Stats, statsOf } from './stats.js'
import { cardTotals, signature } from './widen.js'

/** Cards a grid has at least… */
const CARDS = 6
/** …of at least this many characters (icons and buttons are no cards)… */
const CARD_MIN = 20
/** …and this share of them show a price. */
const PRICED = 0.6
/** A card's price is within its first characters. */
const CARD_READ = 600
/** The common ancestor may hold at most this many times the text of the content and the grid. */
const JOIN_SLACK = 1.5

/** The largest grid of priced like cards in the page, or null. */
export function pricedGrid(
  parents: ReadonlyMap<Element, Parent>,
  stats: ReadonlyMap<Element, Stats>,
): Element | null {
  let best: Element | null = null
  let bestText = 0
  const groups = new Map<string, Element[]>()
  for (const node of parents.keys()) {
    // Its cards' text is at most its own: too little for a grid, or for a better one.
    const own = statsOf(stats, node).text
    if (own < CARDS * CARD_MIN || own <= bestText) continue
    const { cards, text } = cardTotals(node, stats, CARD_MIN)
    if (cards < CARDS || text <= bestText) continue
    if (groups.size > 0) groups.clear()
    for (const child of node.children) {
      if (!isElement(child) || statsOf(stats, child).text < CARD_MIN) continue
      const key = signature(child)
      const group = groups.get(key)
      if (group) group.push(child)
      else groups.set(key, [child])
    }
    for (const group of groups.values()) {
      if (group.length < CARDS) continue
      const groupText = group.reduce((sum, card) => sum + statsOf(stats, card).text, 0)
      if (groupText <= bestText) continue
      let priced = 0
      for (const card of group) if (PRICE.test(rawText(card, CARD_READ))) priced++
      if (priced >= CARDS && priced >= group.length * PRICED) {
        best = node
        bestText = groupText
      }
    }
  }
  return best
}

/**
 * The located content joined to the page's grid of priced cards (see the
 * file's comment), or the content as it was.
 */
export function joinPricedGrid(
  found: readonly Element[],
  parents: ReadonlyMap<Element, Parent>,
  stats: ReadonlyMap<Element, Stats>,
): readonly Element[] {
  const first = found[0]
  if (!first) return found
  const grid = pricedGrid(parents, stats)
  if (!grid) return found
  const gridUp = [grid, ...ancestors(grid, parents)]
  if (found.some((c) => gridUp.includes(c) || ancestors(c, parents).includes(grid))) return found
  // Their lowest common ancestor (the grid holds no content, so it is not one).
  const firstUp = new Set([first, ...ancestors(first, parents)])
  const common = gridUp.find((n) => firstUp.has(n))
  if (!common || common.tagName === 'body' || common.tagName === 'html') return found
  const content = found.reduce((sum, c) => sum + statsOf(stats, c).text, 0)
  const both = content + statsOf(stats, grid).text
  if (statsOf(stats, common).text > both * JOIN_SLACK) return found
  return precedes(common, grid, first) ? [common] : found
}

/** Whether `a` comes before `b` in document order under `root` (neither holding the other). */
function precedes(root: Element, a: Element, b: Element): boolean {
  const stack: Element[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as Element
    if (node === a) return true
    if (node === b) return false
    for (let k = node.children.length - 1; k >= 0; k--) {
      const child = node.children[k]
      if (isElement(child)) stack.push(child)
    }
  }
  return false
}
