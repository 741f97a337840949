/**
 * Customer reviews that won the locator. On a product page the reviews are
 * often the longest prose: a dozen paragraphs of buyers' opinions outscore a
 * spec list and a short description, and the page's content falls outside
 * the located block. A located content that is mostly a list of reviews (at
 * least three like elements, same tag and classes, named a review) is
 * scored again without the paragraphs inside those reviews.
 */
import type { Element } from 'hast'
import { hintsOf, isElement, mayHint, type Parent } from './hast.js'
import { type Stats, statsOf } from './stats.js'
import { signature } from './widen.js'

/** Hint parts naming a customer review, and the review widgets' vendors. */
const REVIEW_PARTS: ReadonlySet<string> = new Set([
  'review',
  'reviews',
  'customerreviews',
  'bazaarvoice',
  'yotpo',
  'okendo',
  'judgeme',
])
const MAY_REVIEW = /review|bazaarvoice|yotpo|okendo|judgeme/i

/** The reviews make at least this share of the located text… */
const REVIEW_SHARE = 0.8
/** …and at least this many like elements are named a review. */
const REVIEW_ITEMS = 3
/** How far up a paragraph looks for the review it belongs to. */
const REVIEW_LEVELS = 8

function isReview(node: Element): boolean {
  return mayHint(node, MAY_REVIEW) && hintsOf(node).some((hint) => REVIEW_PARTS.has(hint))
}

/** `node` or its nearest ancestor (up to `levels`) named a review, or null. */
function reviewOf(
  node: Element,
  parents: ReadonlyMap<Element, Parent>,
  levels = REVIEW_LEVELS,
): Element | null {
  let current: Parent | undefined = node
  for (let level = 0; level <= levels && current?.type === 'element'; level++) {
    if (current.tagName === 'body') return null
    if (isReview(current)) return current
    current = parents.get(current)
  }
  return null
}

/** Whether `node` or one of its ancestors (up to eight levels) is named a review. */
export function inReview(node: Element, parents: ReadonlyMap<Element, Parent>): boolean {
  return reviewOf(node, parents) !== null
}

/** How many children of `node`'s parent are like it (itself included). */
function likeSiblings(node: Element, parents: ReadonlyMap<Element, Parent>): number {
  const parent = parents.get(node)
  if (!parent) return 1
  const key = signature(node)
  let n = 0
  for (const child of parent.children) if (isElement(child) && signature(child) === key) n++
  return n
}

/**
 * Whether the located containers are mostly a list of customer reviews:
 * their text inside elements named a review (a container inside one counts
 * whole) is at least 80 % of it, and three or more of those elements are
 * alike.
 */
export function reviewsWon(
  containers: readonly Element[],
  parents: ReadonlyMap<Element, Parent>,
  stats: ReadonlyMap<Element, Stats>,
): boolean {
  let total = 0
  let inside = 0
  const alike = new Map<string, number>()
  let items = 0
  const count = (node: Element) => {
    const key = signature(node)
    const n = (alike.get(key) ?? 0) + 1
    alike.set(key, n)
    if (n > items) items = n
  }
  for (const container of containers) {
    const text = statsOf(stats, container).text
    total += text
    const review = reviewOf(container, parents)
    const whole = review !== null
    if (review) {
      inside += text
      // One review of a list: the like siblings of it or of a review around it are the list.
      for (let up: Element | null = review; up; ) {
        items = Math.max(items, likeSiblings(up, parents))
        const parent = parents.get(up)
        up = parent?.type === 'element' ? reviewOf(parent, parents) : null
      }
    }
    // Elements to visit, and whether each sits inside a review already counted.
    const stack: Element[] = [container]
    const counted: boolean[] = [whole]
    while (stack.length > 0) {
      const node = stack.pop() as Element
      let within = counted.pop() as boolean
      if (node !== container && isReview(node)) {
        count(node)
        if (!within) inside += statsOf(stats, node).text
        within = true
      }
      for (const child of node.children)
        if (isElement(child)) {
          stack.push(child)
          counted.push(within)
        }
    }
  }
  return total > 0 && inside >= total * REVIEW_SHARE && items >= REVIEW_ITEMS
}
