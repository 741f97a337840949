/**
 * Removing an element must not glue the words on either side of it into one
 * that the page never had: `Home<svg>…</svg>Products`, `foo<nav>…</nav>bar`
 * or `0<div hidden> </div>The` would read "HomeProducts", "foobar",
 * "0The". Where a removed element sat between a letter or digit and another,
 * a space takes its place. Scripts that write words without spaces (Chinese,
 * Japanese, Thai…) are left joined, as they read; so is ruby's reading text
 * (`rt`), removed from between the characters it annotates.
 *
 * The removed element's siblings are read through their first or last
 * descendants; at the edge of its parent, the caller says what stands
 * before or after the parent (prune keeps both for each element it visits).
 */
import type { RootContent } from 'hast'

const WORD_CHAR = /[\p{L}\p{N}]/u
/** Scripts written without spaces between words. */
const UNSPACED =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u

/** Deeper than this, a sibling's edge is not looked for (flattened pages are shallow). */
const MAX_DESCENT = 64

/** The first (or last) character of a node's text, read down its first (or last) descendants. */
function edge(node: RootContent | undefined, last: boolean): string | undefined {
  let n = node
  for (let depth = 0; n !== undefined && depth < MAX_DESCENT; depth++) {
    if (n.type === 'text') {
      if (n.value === '') return undefined
      return last
        ? String.fromCodePoint(n.value.codePointAt(n.value.length - 1) ?? 0)
        : String.fromCodePoint(n.value.codePointAt(0) ?? 0)
    }
    if (n.type !== 'element' || n.children.length === 0) return undefined
    n = (last ? n.children[n.children.length - 1] : n.children[0]) as RootContent
  }
  return undefined
}

function spaced(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR.test(c) && !UNSPACED.test(c)
}

/** Whether removing what sits between `before` and `after` would join two words. */
export function joinsWords(
  before: RootContent | undefined,
  after: RootContent | undefined,
): boolean {
  return spaced(edge(before, true)) && spaced(edge(after, false))
}

/** The text node that stands where a removed element joined two words. */
export function gapNode(): RootContent {
  return { type: 'text', value: ' ' }
}

/**
 * `children` without `node`, a space in its place where its going would join
 * two words; `before` and `after`: what stands before and after the parent
 * in document order, read when `node` is its first or last child.
 */
export function without(
  children: readonly RootContent[],
  node: RootContent,
  before?: RootContent,
  after?: RootContent,
): RootContent[] {
  const at = children.indexOf(node)
  if (at < 0) return children.slice()
  const out = children.slice(0, at)
  if (joinsWords(children[at - 1] ?? before, children[at + 1] ?? after)) out.push(gapNode())
  for (let i = at + 1; i < children.length; i++) out.push(children[i] as RootContent)
  return out
}
