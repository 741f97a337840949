/**
 * The elements whose class, id, role or itemprop holds a word of a byline
 * or headline hint, gathered by the hast conversion as it reads the
 * attributes (one test of each raw value), so that the metadata walk need
 * not read four attributes of every element again. Kept by the tree the
 * conversion made; a tree from elsewhere (a copy, a tree passed in) has
 * none and the walk tests each element itself.
 */
import type { Element, Root } from 'hast'

/** A word every byline or headline hint holds: no such hint without one. */
export const HINT_WORDS = /author|byline|writer|title|headline|name/i

const BY_TREE = new WeakMap<Root, ReadonlySet<Element>>()

/** Record the worded elements of a freshly converted tree (a superset is fine: a pre-test). */
export function keepWorded(root: Root, elements: ReadonlySet<Element>): void {
  BY_TREE.set(root, elements)
}

/** The worded elements of a tree the conversion made, if it was recorded. */
export function wordedOf(root: Root): ReadonlySet<Element> | undefined {
  return BY_TREE.get(root)
}
