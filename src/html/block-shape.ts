/**
 * How a list or a table element reads, for the segmenter: its items' texts,
 * whether its items hold prose, whether it nests block elements, whether a
 * table holds data rather than layout.
 */
import type { Element } from 'hast'
import { toText } from 'hast-util-to-text'
import { collapse } from '../features.js'
import { BLOCK_TAGS } from './block-tags.js'
import { isElement } from './hast.js'

/** The text of each item of a list (`li`, `dt`, `dd`), collapsed. */
export function itemsOf(list: Element): string[] {
  const items: string[] = []
  for (const child of list.children) {
    if (!isElement(child) || !ITEM_TAGS.has(child.tagName)) continue
    const text = collapse(toText(child))
    if (text !== '') items.push(text)
  }
  return items
}

const ITEM_TAGS = new Set(['li', 'dt', 'dd'])

/**
 * The raw text of each item when the list holds nothing but visible items,
 * white space and comments; null otherwise. `toText` of such a list is these
 * texts with a run of line breaks (and blank white-space lines) between
 * each two, so joined by one line break they give the same lines once
 * `lines` collapses them, and the list is read once instead of twice.
 */
export function plainItemTexts(list: Element): string[] | null {
  const texts: string[] = []
  for (const child of list.children) {
    if (child.type === 'comment') continue
    if (child.type === 'text') {
      if (WHITE_ONLY.test(child.value)) continue
      return null
    }
    if (!ITEM_TAGS.has(child.tagName) || child.properties.hidden) return null
    texts.push(toText(child))
  }
  return texts
}

const WHITE_ONLY = /^[\t\n\f\r ]*$/

export function containsBlock(node: Element): boolean {
  return node.children.some((c) => isElement(c) && (BLOCK_TAGS.has(c.tagName) || containsBlock(c)))
}

/** Tags that make a list item prose rather than a link or a short line. */
const PROSE_IN_ITEM = new Set(['p', 'div', 'table', 'h2', 'h3', 'h4', 'blockquote', 'pre'])

export function hasProseItems(list: Element): boolean {
  return list.children.some(
    (item) =>
      isElement(item) && item.children.some((c) => isElement(c) && PROSE_IN_ITEM.has(c.tagName)),
  )
}

/** A table of data (header cells, a caption, or a grid with no block content) rather than layout. */
export function isDataTable(node: Element): boolean {
  let blockInCell = false
  let header = false
  const stack: Element[] = [node]
  while (stack.length > 0 && !blockInCell) {
    const n = stack.pop() as Element
    for (const c of n.children) {
      if (!isElement(c)) continue
      if (c.tagName === 'th' || c.tagName === 'caption' || c.tagName === 'thead') header = true
      if (c.tagName === 'table' && n !== node) blockInCell = true
      if (
        (n.tagName === 'td' || n.tagName === 'th') &&
        (c.tagName === 'p' || c.tagName === 'div' || c.tagName === 'table')
      )
        blockInCell = true
      stack.push(c)
    }
  }
  return !blockInCell && (header || node.children.length > 0)
}
