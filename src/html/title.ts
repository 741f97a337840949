/**
 * The headline of an HTML page: the `<h1>` that agrees with the document's
 * own title (og:title, JSON-LD headline or `<title>`), else the first `<h1>`
 * near the article, else the declared title without its " | Site" suffix
 * (`src/meta/declared.ts`).
 */
import type { Element, Root } from 'hast'
import { collapse } from '../features.js'
import type { Block } from '../types.js'
import { type Parent, rawText, walkElements } from './hast.js'
import { ancestors } from './scope.js'

function norm(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim()
}

export interface Heading {
  readonly element: Element
  readonly text: string
}

export function findHeadings(root: Root): Heading[] {
  const out: Heading[] = []
  walkElements(root, (node: Element) => {
    if (node.tagName === 'h1') {
      const text = collapse(rawText(node))
      if (text !== '') out.push({ element: node, text })
      return false
    }
    return undefined
  })
  return out
}

export interface Title {
  readonly text: string
  /** The h1 that shows it, when one does. */
  readonly element: Element | null
}

/**
 * Pick the title. `chosen` is the headline the metadata reader settled on
 * (src/meta/headline.ts); the h1 that shows it gives the element, else the
 * h1 the article sits under.
 */
export function chooseTitle(h1s: readonly Heading[], chosen: string | null): Title | null {
  if (chosen) {
    const d = norm(chosen)
    const showing = h1s.find((h) => norm(h.text) === d)
    if (showing) return { text: chosen, element: showing.element }
    const agreeing = h1s.find((h) => h.text.length >= 3 && d.includes(norm(h.text)))
    const lone = h1s.length === 1 ? h1s[0] : undefined
    return { text: chosen, element: agreeing?.element ?? lone?.element ?? null }
  }
  return h1s[0] ?? null
}

/**
 * The headline stands outside the `<article>` element that holds the located
 * content (`scope`, `src/html/scope.ts`): a hero banner or the theme's page
 * header above the article, whose heading names the page less surely than
 * the title the page declares.
 */
export function outsideArticle(
  heading: Element,
  scope: Element,
  parents: ReadonlyMap<Element, Parent>,
): boolean {
  return scope.tagName === 'article' && !ancestors(heading, parents).includes(scope)
}

/** Index of the block that repeats the title (a heading, or any short block), or -1. */
export function titleBlockIndex(blocks: readonly Block[], title: string | null): number {
  if (!title) return -1
  const t = norm(title)
  const limit = Math.min(blocks.length, 30)
  for (let i = 0; i < limit; i++) {
    const block = blocks[i]
    if (block && block.words <= 40 && norm(block.text) === t) return i
  }
  return -1
}
