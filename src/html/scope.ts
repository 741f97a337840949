/**
 * The article scope: the element around the located content that still
 * belongs to the article — its `<article>`, or the smallest ancestor that
 * also holds the headline when that adds little text. Blocks in the scope
 * but outside the content (kicker, byline, lead figure, author box, comment
 * form) are judged by the rules, so that their fields are filled and their
 * removal is explained.
 */
import type { Element } from 'hast'
import type { Parent } from './hast.js'
import { type Stats, statsOf } from './stats.js'

/** Ancestors of `node`, nearest first, up to the root element. */
export function ancestors(node: Element, parents: ReadonlyMap<Element, Parent>): Element[] {
  const out: Element[] = []
  let current = parents.get(node)
  while (current && current.type === 'element') {
    out.push(current)
    current = parents.get(current)
  }
  return out
}

export function articleScope(
  containers: readonly Element[],
  title: Element | null,
  parents: ReadonlyMap<Element, Parent>,
  stats: ReadonlyMap<Element, Stats>,
): Element | null {
  const first = containers[0]
  if (!first) return null
  const up = ancestors(first, parents)
  // Several joined siblings share their parent: the scope starts there.
  const base = containers.length > 1 ? (up[0] ?? first) : first
  const content = containers.reduce((sum, c) => sum + statsOf(stats, c).text, 0)
  const article = [base, ...ancestors(base, parents)].find((n) => n.tagName === 'article')
  if (article) return article
  if (title) {
    const titleUp = new Set(ancestors(title, parents))
    const common = [base, ...ancestors(base, parents)].find((n) => titleUp.has(n))
    if (common && statsOf(stats, common).text - content <= Math.max(500, content * 0.5))
      return common
  }
  return base
}
