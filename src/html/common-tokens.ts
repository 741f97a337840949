/**
 * Class tokens that name the content rather than a box beside it. A hint such
 * as `promo` or `author` marks boilerplate when it is a small part of the
 * page; when the elements carrying one token hold a large share of the
 * content together (a services page built of twenty `promo` cards), the token
 * is the site's name for its content blocks and says nothing about them.
 */
import type { Element } from 'hast'
import { isElement, tokensOf } from './hast.js'
import { type Stats, statsOf } from './stats.js'

/** Tokens of two or more outermost carriers under `scope` holding more than `limit` characters together. */
export function commonTokens(
  scope: Element,
  stats: ReadonlyMap<Element, Stats>,
  limit: number,
): ReadonlySet<string> {
  const totals = new Map<string, { text: number; carriers: number }>()
  // Each element with the tokens of its ancestors, so nested carriers count once.
  const stack: Array<[Element, ReadonlySet<string>]> = [[scope, new Set()]]
  while (stack.length > 0) {
    const [node, above] = stack.pop() as [Element, ReadonlySet<string>]
    const own = tokensOf(node)
    let carried = above
    if (own.length > 0) {
      const text = statsOf(stats, node).text
      const next = new Set(above)
      for (const token of own) {
        if (above.has(token)) continue
        const total = totals.get(token) ?? { text: 0, carriers: 0 }
        total.text += text
        total.carriers++
        totals.set(token, total)
        next.add(token)
      }
      carried = next
    }
    for (const child of node.children) if (isElement(child)) stack.push([child, carried])
  }
  const out = new Set<string>()
  // One large carrier is a wrapper, judged by the segmenter; a token is common
  // when it is repeated.
  for (const [token, total] of totals) if (total.carriers > 1 && total.text > limit) out.add(token)
  return out
}
