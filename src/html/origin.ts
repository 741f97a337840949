/**
 * Where a block came from in the hast tree, for the `html` and `markdown`
 * outputs. Kept beside the blocks (`Page.origins`), not on them: blocks are
 * frozen public data that rules see, and a live tree has no place there.
 */
import type { ElementContent } from 'hast'
import { isElement } from './hast.js'

export interface Origin {
  /** Images met (in runs without text) since the previous block, written before this one. */
  readonly media: readonly ElementContent[]
  /** The block's own nodes: one element, or the inline nodes of a run. */
  readonly nodes: readonly ElementContent[]
  /**
   * How to write `nodes`: as they are (`null`), inside a `<p>` (a run of
   * inline content, a `dt` or `caption` outside its parent), or, for a
   * `figcaption`, inside a `<figure>` after the media.
   */
  readonly wrap: 'p' | 'figure' | null
}

const MEDIA = new Set(['img', 'picture', 'video', 'audio'])

/** An element that is or holds an image or a video, tracking pixels aside. */
export function hasMedia(node: ElementContent): boolean {
  if (!isElement(node)) return false
  if (MEDIA.has(node.tagName)) return !isPixel(node)
  return node.children.some(hasMedia)
}

/** A 1×1 (or 0×0) image: a tracker. */
function isPixel(node: ElementContent): boolean {
  if (!isElement(node) || node.tagName !== 'img') return false
  const w = Number(node.properties.width)
  const h = Number(node.properties.height)
  return (w > 0 || h > 0 || node.properties.width === '0') && w <= 2 && h <= 2
}
