/**
 * `<noscript>` fallback markup that repeats the page: some sites render the
 * article with a script and serve the same article again in `<noscript>`,
 * which, read as markup (src/html/parse.ts), doubles the text. A noscript
 * block whose paragraphs are already said elsewhere on the page is dropped;
 * one that holds the only copy (Discourse serves its threads there) stays.
 * A noscript block holding only escaped markup ("&lt;div …&gt;&lt;img …&gt;",
 * as a page saved from a browser that ran its scripts serialises it) is
 * never text: it is dropped too.
 */
import type { Element, Root, RootContent } from 'hast'
import { without } from './gap.js'
import { isElement, type Parent, rawText } from './hast.js'

/** A noscript block is a copy when this share of its paragraph text is found elsewhere… */
const REPEATED = 0.8
/** …counting paragraphs of at least this many characters… */
const MIN_CHUNK = 40
/** …and at least this many characters of them. */
const MIN_TEXT = 200
const CHUNK_TAGS: ReadonlySet<string> = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'blockquote',
])

const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

/** Text of a page outside its `<noscript>` blocks, whitespace squashed. */
function textOutsideNoscript(node: Parent): string {
  const parts: string[] = []
  const stack: Array<RootContent> = [...(node.children as RootContent[])].reverse()
  while (stack.length > 0) {
    const n = stack.pop() as RootContent
    if (n.type === 'text') parts.push(n.value)
    else if (n.type === 'element') {
      if (n.tagName === 'noscript') {
        parts.push(' ')
        continue
      }
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as RootContent)
    }
  }
  return squash(parts.join(''))
}

/** Paragraph-like texts under a noscript block. */
function chunksOf(node: Element): string[] {
  const out: string[] = []
  const stack: Element[] = [node]
  while (stack.length > 0) {
    const n = stack.pop() as Element
    if (CHUNK_TAGS.has(n.tagName)) {
      const t = squash(rawText(n))
      if (t.length >= MIN_CHUNK) out.push(t)
      continue
    }
    for (const child of n.children) if (isElement(child)) stack.push(child)
  }
  return out
}

/** Text that reads as a tag: "<div", "<img", "</p", "<!--". */
const ESCAPED_MARKUP = /^\s*<(?:[a-z][a-z0-9-]*[\s/>]|\/[a-z]|!)/i

/** A noscript block whose whole content is text that starts like markup. */
function isEscapedMarkup(node: Element): boolean {
  if (node.children.some(isElement)) return false
  return ESCAPED_MARKUP.test(rawText(node))
}

/** Every `<noscript>` of the page not inside another, with its parent. */
function noscriptsOf(root: Root): Array<[Parent | null, Element]> {
  const found: Array<[Parent, Element]> = []
  const stack: Parent[] = [root]
  while (stack.length > 0) {
    const parent = stack.pop() as Parent
    for (const child of parent.children) {
      if (!isElement(child)) continue
      if (child.tagName === 'noscript') found.push([parent, child])
      else stack.push(child)
    }
  }
  return found
}

/**
 * Drop `<noscript>` blocks whose paragraphs the rest of the page already
 * says, or that hold escaped markup. `noscripts`: the page's noscript
 * blocks (not inside another) with their parents (null: the root), as the
 * metadata walk found them; else the page is walked for them. Each block
 * is judged on its own and against the text outside all of them, so their
 * order does not matter.
 */
export function dropRepeatedNoscript(
  root: Root,
  noscripts?: ReadonlyArray<readonly [Parent | null, Element]>,
): void {
  const found = noscripts ?? noscriptsOf(root)
  if (found.length === 0) return
  let rest: string | null = null
  for (const [above, node] of found) {
    const parent = above ?? root
    if (isEscapedMarkup(node)) {
      parent.children = without(parent.children as RootContent[], node) as never
      continue
    }
    const chunks = chunksOf(node)
    const total = chunks.reduce((sum, c) => sum + c.length, 0)
    if (total < MIN_TEXT) continue
    rest ??= textOutsideNoscript(root)
    const text = rest
    const repeated = chunks.reduce((sum, c) => sum + (text.includes(c) ? c.length : 0), 0)
    if (repeated < total * REPEATED) continue
    parent.children = without(parent.children as RootContent[], node) as never
  }
}
