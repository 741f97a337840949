/**
 * Widening the scored result: climb to ancestors that add prose, take the
 * whole list when the result is one card of like cards, and prefer a grid of
 * cards on pages with little prose.
 */
import type { Element } from 'hast'
import { attr, isElement, type Parent } from './hast.js'
import { type Stats, statsOf } from './stats.js'

/** A grid has at least this many like cards… */
const GRID_ITEMS = 6
/** …and wins when it holds this many times the text of the scored result. */
const GRID_FACTOR = 4
/** Cards shorter than this (characters) are icons and buttons, not cards. */
const GRID_MIN = 20

/** The element children of `node` holding at least `min` characters: how many, and their characters. */
export function cardTotals(
  node: Parent,
  stats: ReadonlyMap<Element, Stats>,
  min: number,
): { cards: number; text: number } {
  let cards = 0
  let text = 0
  for (const child of node.children) {
    if (!isElement(child)) continue
    const t = statsOf(stats, child).text
    if (t < min) continue
    cards++
    text += t
  }
  return { cards, text }
}

/**
 * Shop and catalogue pages are grids of short cards with little prose: the
 * paragraph scorer, which needs 25-character paragraphs, then picks a footer.
 * The largest group of at least six like siblings (same tag and classes) wins
 * when it holds more than four times the text of the scored result. Measured:
 * wcxb-dev word F1 0.810 → 0.820 (collections 0.525 → 0.549, listings
 * 0.507 → 0.588), trafilatura-dev snippet F1 0.918 → 0.916; a factor of 2 or 3
 * took more from articles.
 */
/** The grid of like cards that outweighs the scored result, or null. */
export function preferGrid(
  found: Element[],
  parents: ReadonlyMap<Element, Parent>,
  stats: ReadonlyMap<Element, Stats>,
): Element | null {
  const current = found.reduce((sum, c) => sum + statsOf(stats, c).text, 0)
  let best: Element | null = null
  let bestText = current * GRID_FACTOR
  // One map for every parent, emptied between them (most parents have no card at all).
  const groups = new Map<string, { items: number; text: number }>()
  for (const node of parents.keys()) {
    // Its cards' text is at most its own: too little for a grid, or for a better one.
    const own = statsOf(stats, node).text
    if (own < GRID_ITEMS * GRID_MIN || own <= bestText) continue
    // No group of this parent can reach GRID_ITEMS cards or more than bestText
    // characters: no signatures to build (most parents have a few children).
    const { cards, text } = cardTotals(node, stats, GRID_MIN)
    if (cards < GRID_ITEMS || text <= bestText) continue
    if (groups.size > 0) groups.clear()
    for (const child of node.children) {
      if (!isElement(child)) continue
      const t = statsOf(stats, child).text
      if (t < GRID_MIN) continue
      const key = signature(child)
      const g = groups.get(key) ?? { items: 0, text: 0 }
      g.items++
      g.text += t
      groups.set(key, g)
    }
    for (const g of groups.values()) {
      if (g.items >= GRID_ITEMS && g.text > bestText) {
        best = node
        bestText = g.text
      }
    }
  }
  return best
}

/** A result of this many characters is an article already: it does not climb into teaser lists… */
const TEASER_AFTER = 3_000
/** …of at least this many headings that are links (a teaser's headline). */
const TEASER_HEADINGS = 3
const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** Results shorter than this (characters) climb to ancestors that add prose. */
const WIDEN_BELOW = 10_000
/** An ancestor is climbed to when the text it adds is at most this share link text. */
const WIDEN_LINKS = 0.3
/** The body is climbed to when it adds at least this share of the result's text (and passes the link test). */
const BODY_ADDS = 0.5
/** An ancestor adding at most this many characters, mostly links, is looked past rather than stopped at. */
const LOOK_PAST = 200

/**
 * Climb from the scored result to the ancestor holding the rest of the page's
 * prose. Paragraph scoring finds the densest container, but service, product
 * and many article pages spread their text over sibling sections; an
 * ancestor whose added text is mostly not links (navigation and teaser lists
 * are) still belongs to the content. Measured on wcxb-dev: word F1 0.687 →
 * 0.775 (articles 0.888 → 0.942); trafilatura-dev snippet F1 0.874 → 0.901.
 *
 * Teaser cards (a linked headline over an unlinked summary) pass the link
 * test: a result that is an article already (3,000 characters) stops below
 * an ancestor adding three or more headings that are links. Measured:
 * wcxb-dev 0.8613 → 0.8620, trafilatura-dev 0.9310 → 0.9313.
 *
 * The climb stops below `<body>` unless the body adds at least half the
 * text of the result, and under 30 % of it links: a landing page built of
 * sections laid side by side under the body (a hero, features, a FAQ, a
 * call to action), whose paragraph scoring picked one of them. An article's
 * body adds a header and a footer, mostly links, or little text.
 * Measured: wcxb-dev 0.8787 → 0.8797 (service 0.838 → 0.847; 5 pages won,
 * 1 lost), trafilatura-dev snippet F1 0.9348 → 0.9359.
 *
 * An ancestor that adds a few words of links (at most 200 characters: a
 * "Reply" or "Quote" link, a poster's name, a "Read more") does not stop
 * the climb: the link test is then made on what the next ancestor adds
 * with it, and the climb goes on when that passes. Measured: wcxb-dev
 * 0.8797 → 0.8807 (service 0.847 → 0.851, collection 0.722 → 0.729,
 * forum 0.796 → 0.798, listing 0.766 → 0.768, product 0.673 → 0.668;
 * 32 pages won, 17 lost), trafilatura-dev 0.9359 → 0.9366,
 * readability-pages word F1 0.9461 → 0.9474.
 *
 * A climb that adds little is undone (`undoSmallClimb`).
 */
export function widen(
  containers: Element[],
  parents: ReadonlyMap<Element, Parent>,
  stats: ReadonlyMap<Element, Stats>,
): Element[] {
  const first = containers[0]
  if (!first) return containers
  let node: Element = first
  if (containers.length > 1) {
    const parent = parents.get(first)
    if (parent?.type !== 'element') return containers
    node = parent
  }
  const start = node
  // The ancestor looked at next sits above `above`: `node` or a link-heavy wrapper passed over.
  let above = node
  for (;;) {
    const parent = parents.get(above)
    if (parent?.type !== 'element' || parent.tagName === 'html') break
    const ps = statsOf(stats, parent)
    const ns = statsOf(stats, node)
    const extra = ps.text - ns.text
    // The body is climbed to only from one of several sections (`BODY_ADDS`).
    if (parent.tagName === 'body' && extra < ns.text * BODY_ADDS) break
    if (extra > 0) {
      if ((ps.link - ns.link) / extra > WIDEN_LINKS) {
        // A reply link or a byline: look past it, judging what the next ancestor adds with it.
        if (extra > LOOK_PAST) break
        above = parent
        continue
      }
      if (ns.text >= TEASER_AFTER && headingsOutside(parent, node, stats, true) >= TEASER_HEADINGS)
        break
      if (ns.text >= WIDEN_BELOW) break
    }
    node = parent
    above = parent
  }
  node = repeatedItems(node, parents, stats) ?? node
  node = undoSmallClimb(start, node, parents, stats)
  return node === start ? containers : [node]
}

/** A climb adding less than this share of the scored result's text is undone… */
const SMALL_CLIMB = 0.7
/** …and so is one adding less than the result's text under fewer than this many headings… */
const SECTION_HEADINGS = 2
/** …unless paragraphs above the result make at least this share of what it adds. */
const LEAD_SHARE = 0.5
/** A climb under fewer than two headings adding text of under this share of the result's comma density is undone whatever its size. */
const PROSE_DENSITY = 0.6

/**
 * Undo a climb that adds little: a result that gains under 70 % of its own
 * text from its ancestors gained a byline, a share bar, an author box or a
 * related-posts block, not the rest of the content (sibling sections add as
 * much as the result or more); so did one adding less than the result's own
 * text under at most one heading (wcxb-dev 0.8650 → 0.8655). The climb stays when at least half of what it
 * adds is paragraphs above the result: a lead or an introduction. A climb
 * under at most one heading whose added text has under 60 % of the result's
 * commas per character (Readability's prose signal) is undone whatever its
 * size and wherever it sits: a spec list, a box of short lines, a block of
 * captions is not more of the article (wcxb-dev 0.8655 → 0.8668,
 * trafilatura-dev 0.9329 → 0.9341). The result
 * still rises through wrappers that add no text (their class hints matter to
 * the rules). Measured: wcxb-dev 0.8632 → 0.8648, trafilatura-dev
 * 0.9313 → 0.9329, readability-pages 0.9301 → 0.9312 (docs/benchmarks.md).
 */
function undoSmallClimb(
  start: Element,
  node: Element,
  parents: ReadonlyMap<Element, Parent>,
  stats: ReadonlyMap<Element, Stats>,
): Element {
  const from = statsOf(stats, start)
  const to = statsOf(stats, node)
  const own = from.text
  const added = to.text - own
  if (added <= 0) return node
  const oneSection = headingsOutside(node, start, stats, false) < SECTION_HEADINGS
  // Commas per character of what the climb adds against the result's own.
  if (oneSection && (to.commas - from.commas) * own < PROSE_DENSITY * from.commas * added)
    return plain(start, parents, stats)
  const small = added < own * SMALL_CLIMB || (added < own && oneSection)
  if (!small) return node
  if (proseBefore(node, start, stats) >= added * LEAD_SHARE) return node
  return plain(start, parents, stats)
}

/** The highest ancestor of `start` (itself included) that adds no text to it. */
function plain(
  start: Element,
  parents: ReadonlyMap<Element, Parent>,
  stats: ReadonlyMap<Element, Stats>,
): Element {
  const text = statsOf(stats, start).text
  let node = start
  for (;;) {
    const parent = parents.get(node)
    if (parent?.type !== 'element' || parent.tagName === 'body' || parent.tagName === 'html')
      return node
    if (statsOf(stats, parent).text !== text) return node
    node = parent
  }
}

/** Text of the paragraphs under `node` that come before `start` in document order. */
function proseBefore(node: Element, start: Element, stats: ReadonlyMap<Element, Stats>): number {
  let text = 0
  const stack: Element[] = [node]
  while (stack.length > 0) {
    const n = stack.pop() as Element
    if (n === start) break
    if (n.tagName === 'p') {
      text += statsOf(stats, n).text
      continue
    }
    for (let k = n.children.length - 1; k >= 0; k--) {
      const child = n.children[k]
      if (isElement(child)) stack.push(child)
    }
  }
  return text
}

/**
 * Headings under `node`, outside `except` (a heading's own subheadings not
 * counted); with `linked`, only those whose text is mostly a link (a
 * teaser's headline).
 */
function headingsOutside(
  node: Element,
  except: Element,
  stats: ReadonlyMap<Element, Stats>,
  linked: boolean,
): number {
  let count = 0
  const stack: Element[] = [node]
  while (stack.length > 0) {
    const n = stack.pop() as Element
    if (n === except) continue
    if (HEADING_TAGS.has(n.tagName)) {
      const s = statsOf(stats, n)
      if (!linked || (s.text > 0 && s.link >= s.text * 0.8)) count++
      continue
    }
    for (const child of n.children) if (isElement(child)) stack.push(child)
  }
  return count
}

/** How far up a card may sit below the list that repeats it. */
const LIST_LEVELS = 8
/** A listing has at least this many cards of at least this much text. */
const LIST_ITEMS = 3
const LIST_ITEM_TEXT = 80

export function signature(node: Element): string {
  return `${node.tagName}.${attr(node, 'className')}`
}

/**
 * A listing page: the result is one card of a list of like cards (same tag
 * and classes), each with some text. Take the list when the cards hold more
 * than twice the text of the result (rs-trafilatura's listing rule).
 */
function repeatedItems(
  node: Element,
  parents: ReadonlyMap<Element, Parent>,
  stats: ReadonlyMap<Element, Stats>,
): Element | null {
  const own = statsOf(stats, node).text
  let child = node
  for (let level = 0; level < LIST_LEVELS; level++) {
    const parent = parents.get(child)
    if (parent?.type !== 'element' || parent.tagName === 'body') return null
    const sig = signature(child)
    let items = 0
    let text = 0
    for (const sibling of parent.children) {
      if (!isElement(sibling) || signature(sibling) !== sig) continue
      const t = statsOf(stats, sibling).text
      if (t >= LIST_ITEM_TEXT) items++
      text += t
    }
    if (items >= LIST_ITEMS && text > own * 2) return parent
    child = parent
  }
  return null
}
