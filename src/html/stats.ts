/**
 * Text and link-text length of every element, in one post-order pass, so
 * that the locator and segmenter never re-walk a subtree to measure it.
 */
import type { Element, Root } from 'hast'
import { isElement } from './hast.js'

export interface Stats {
  /** Characters of text, whitespace runs counted as one. */
  readonly text: number
  /** Characters of text inside links. */
  readonly link: number
  /** Commas in the text (Readability's signal of prose). */
  readonly commas: number
}

const ZERO: Stats = { text: 0, link: 0, commas: 0 }

export function computeStats(root: Root): Map<Element, Stats> {
  const order: Element[] = []
  const stack: Element[] = []
  for (const child of root.children) if (isElement(child)) stack.push(child)
  while (stack.length > 0) {
    const node = stack.pop() as Element
    order.push(node)
    for (const child of node.children) if (isElement(child)) stack.push(child)
  }
  const stats = new Map<Element, Stats>()
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i] as Element
    let text = 0
    let link = 0
    let commas = 0
    for (const child of node.children) {
      if (child.type === 'text') {
        // A whitespace run after text counts as one character; leading whitespace counts none.
        const value = child.value
        let space = true
        for (let j = 0; j < value.length; j++) {
          const c = value.charCodeAt(j)
          if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160) {
            if (!space) text++
            space = true
          } else {
            text++
            space = false
            if (c === 44 || c === 0xff0c || c === 0x3001) commas++
          }
        }
      } else if (isElement(child)) {
        const s = stats.get(child) ?? ZERO
        text += s.text
        link += s.link
        commas += s.commas
      }
    }
    if (node.tagName === 'a') link = text
    stats.set(node, { text, link, commas })
  }
  return stats
}

export function statsOf(stats: ReadonlyMap<Element, Stats>, node: Element): Stats {
  return stats.get(node) ?? ZERO
}
