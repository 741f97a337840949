/**
 * Customer reviews that won the locator. On a product page the reviews are
 * often the longest prose: a dozen paragraphs of buyers' opinions outscore a
 * spec list and a short description, and the page's content falls outside
 * the located block. A located content that is mostly a list of reviews (at
 * least three like elements, same tag and classes, named a review) is
 * scored again without the paragraphs inside those reviews.
 */
import type { Element } from 'hast'
import { hasHint, isElement, mayHint, type Parent } from './hast.js'
import { type Stats, statsOf } from './stats.js'
import { signature } from './widen.js'

/** Hint parts naming a customer review. */
const REVIEW_PARTS: ReadonlySet<string> = new Set(['review', 'reviews', 'customerreviews'])
/** A word every review hint holds: an element without it in its attributes is no review. */
const REVIEW_WORD = /review/i

/** Whether `node` is named a review: the raw attributes first, its hints only if they may be. */
function isReview(node: Element): boolean {
  return mayHint(node, REVIEW_WORD) && hasHint(node, REVIEW_PARTS)
}

/** The reviews make at least this share of the located text… */
const REVIEW_SHARE = 0.8
/** …and at least this many like elements are named a review. */
const REVIEW_ITEMS = 3
/** How far up a paragraph looks for the review it belongs to. */
const REVIEW_LEVELS = 8

/** `node` or its nearest ancestor (up to eight levels) named a review, or null. */
export function reviewOf(node: Element, parents: ReadonlyMap<Element, Parent>): Element | null {
  let current: Parent | undefined = node
  for (let level = 0; level <= REVIEW_LEVELS && current?.type === 'element'; level++) {
    if (isReview(current)) return current
    current = parents.get(current)
  }
  return null
}

/** How many children of `node`'s parent are like it (itself included). */
function likeSiblings(node: Element, parents: ReadonlyMap<Element, Parent>): number {
  const key = signature(node)
  let n = 0
  for (const child of parents.get(node)?.children ?? [])
    if (isElement(child) && signature(child) === key) n++
  return n
}

/**
 * Whether the located containers are mostly a list of customer reviews:
 * their text inside elements named a review (a container inside one counts
 * whole) is at least 80 % of it, and one of those elements, or of the
 * reviews around a container, has two like siblings or more.
 */
export function reviewsWon(
  containers: readonly Element[],
  parents: ReadonlyMap<Element, Parent>,
  stats: ReadonlyMap<Element, Stats>,
): boolean {
  let total = 0
  let inside = 0
  let items = 0
  for (const container of containers) {
    const text = statsOf(stats, container).text
    total += text
    let review = reviewOf(container, parents)
    const whole = review !== null
    if (whole) inside += text
    // One review of a list: the like siblings of it or of a review around it are the list.
    while (review) {
      items = Math.max(items, likeSiblings(review, parents))
      const parent = parents.get(review)
      review = parent?.type === 'element' ? reviewOf(parent, parents) : null
    }
    // Elements to visit, and whether each sits inside a review already counted.
    const stack: Element[] = [container]
    const counted: boolean[] = [whole]
    while (stack.length > 0) {
      const node = stack.pop() as Element
      let within = counted.pop() as boolean
      if (node !== container && isReview(node)) {
        items = Math.max(items, likeSiblings(node, parents))
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
  return inside > 0 && inside >= total * REVIEW_SHARE && items >= REVIEW_ITEMS
}
