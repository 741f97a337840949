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
  // How many ancestors of the visited element carry each token, so nested carriers count once.
  const carried = new Map<string, number>()
  // An element, then (as `exit`) the tokens it added to `carried`, taken off after its subtree.
  const stack: Array<Element | { exit: readonly string[] }> = [scope]
  while (stack.length > 0) {
    const next = stack.pop() as Element | { exit: readonly string[] }
    if ('exit' in next) {
      for (const token of next.exit) carried.set(token, (carried.get(token) ?? 1) - 1)
      continue
    }
    const own = tokensOf(next)
    if (own.length > 0) {
      const text = statsOf(stats, next).text
      // Judged against the ancestors only: a token twice in one class list counts twice.
      // Most elements carry no token an ancestor carries: their own list as it is, no copy.
      const added =
        carried.size > 0 && own.some((token) => carried.get(token))
          ? own.filter((token) => !carried.get(token))
          : own
      for (const token of added) {
        const total = totals.get(token) ?? { text: 0, carriers: 0 }
        total.text += text
        total.carriers++
        totals.set(token, total)
      }
      for (const token of added) carried.set(token, (carried.get(token) ?? 0) + 1)
      if (added.length > 0) stack.push({ exit: added })
    }
    for (const child of next.children) if (isElement(child)) stack.push(child)
  }
  const out = new Set<string>()
  // One large carrier is a wrapper, judged by the segmenter; a token is common
  // when it is repeated.
  for (const [token, total] of totals) if (total.carriers > 1 && total.text > limit) out.add(token)
  return out
}
