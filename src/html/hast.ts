/** Small helpers over hast elements. */
import type { Element, ElementContent, Root, RootContent } from 'hast'

export type Parent = Root | Element

export function isElement(node: RootContent | Root | ElementContent | undefined): node is Element {
  return node?.type === 'element'
}

/** An attribute as a string ('' when absent); class lists are joined by spaces. */
export function attr(node: Element, name: string): string {
  const value = node.properties[name]
  if (value === undefined || value === null || value === false) return ''
  if (Array.isArray(value)) return value.join(' ')
  return String(value)
}

const NO_TOKENS: readonly string[] = Object.freeze([])

/**
 * Tokens and hints kept on the element itself: several stages ask for them,
 * and attributes never change after parsing. A symbol-keyed, non-enumerable
 * property is invisible to serialisation, comparison and hast utilities,
 * and far cheaper to read than a WeakMap.
 */
const TOKENS = Symbol('tokens')
const HINTS = Symbol('hints')
type Cached = Element & { [TOKENS]?: readonly string[]; [HINTS]?: readonly string[] }

function keep(node: Element, key: symbol, value: readonly string[]): readonly string[] {
  Object.defineProperty(node, key, { value, writable: true })
  return value
}

/** Lower-case class, id, role and itemprop tokens of one element (shared, do not mutate). */
export function tokensOf(node: Element): readonly string[] {
  const cached = (node as Cached)[TOKENS]
  if (cached) return cached
  const tokens = readTokens(node)
  // Most elements have none: telling so again is cheaper than keeping it.
  return tokens === NO_TOKENS ? tokens : keep(node, TOKENS, tokens)
}

function readTokens(node: Element): readonly string[] {
  if (!hasHintAttributes(node)) return NO_TOKENS
  const id = attr(node, 'id')
  const raw = `${attr(node, 'className')} ${isHeadingAnchor(node, id) ? '' : id} ${attr(node, 'role')} ${attr(node, 'itemProp')}`
  if (raw.trim() === '') return NO_TOKENS
  // Hostile pages may carry megabytes of classes; a few dozen tokens say all there is to say.
  return raw
    .slice(0, 2000)
    .toLowerCase()
    .split(/\s+/)
    .filter((token) => token !== '' && token.length <= 60)
}

const HEADING = /^h[1-6]$/

/** A heading's text as an anchor: "Sharing with a single developer¶" → "sharing-with-a-single-developer". */
function slug(text: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .join('-')
}

/**
 * An id that spells the element's heading ("sharing-with-a-single-developer"
 * on a section headed "Sharing with a single developer", or on the heading
 * itself) is an anchor made from the text: its words name no widget.
 */
function isHeadingAnchor(node: Element, id: string): boolean {
  if (!/[-_]/.test(id)) return false
  let heading: Element | undefined
  if (HEADING.test(node.tagName)) heading = node
  else
    for (const child of node.children)
      if (child.type === 'element') {
        if (HEADING.test(child.tagName)) heading = child
        break
      }
  return heading !== undefined && slug(rawText(heading)) === id.toLowerCase().replace(/_/g, '-')
}

/** The tokens of one element followed by their parts split on `-` and `_` (shared, do not mutate). */
export function hintsOf(node: Element): readonly string[] {
  const cached = (node as Cached)[HINTS]
  if (cached) return cached
  const tokens = tokensOf(node)
  if (tokens.length === 0) return tokens
  let out: readonly string[] = tokens
  if (tokens.some((token) => token.includes('-') || token.includes('_'))) {
    const hints: string[] = []
    for (const token of tokens) {
      hints.push(token)
      if (/[-_]/.test(token))
        for (const part of token.split(/[-_]+/)) if (part !== '') hints.push(part)
    }
    out = hints
  }
  return keep(node, HINTS, out)
}

/** Whether one of the element's hints (`hintsOf`) is in `words`. */
export function hasHint(node: Element, words: ReadonlySet<string>): boolean {
  return hintsOf(node).some((hint) => words.has(hint))
}

/** Whether an attribute value (a class list item by item) contains `needle`. */
function holds(value: unknown, needle: RegExp): boolean {
  if (value === undefined || value === null) return false
  if (!Array.isArray(value)) return needle.test(String(value))
  for (const item of value) if (needle.test(String(item))) return true
  return false
}

/**
 * Whether the element's class, id, role or itemprop contains `needle`
 * (a case-insensitive pattern of the words a hint test needs): a cheap
 * test before `hasHint`, which builds and keeps the element's hints.
 * False only when no hint of the element can contain the pattern. (Each
 * attribute read by name: a loop over the names read them as keys, slower
 * on the many shapes of properties objects.)
 */
export function mayHint(node: Element, needle: RegExp): boolean {
  const p = node.properties
  return (
    holds(p.className, needle) ||
    holds(p.id, needle) ||
    holds(p.role, needle) ||
    holds(p.itemProp, needle)
  )
}

/** The element has a class, id, role or itemprop (else it has no tokens and no hints). */
export function hasHintAttributes(node: Element): boolean {
  const p = node.properties
  return (
    p.className !== undefined ||
    p.id !== undefined ||
    p.role !== undefined ||
    p.itemProp !== undefined
  )
}

/** Visit elements in document order without recursion; return false from `visit` to skip children. */
export function walkElements(
  root: Parent,
  visit: (node: Element, parent: Parent) => boolean | undefined,
): void {
  // Elements still to visit and their parents, in two stacks (no pair per element).
  const stack: Element[] = []
  const parents: Parent[] = []
  for (let i = root.children.length - 1; i >= 0; i--) {
    const child = root.children[i]
    if (isElement(child)) {
      stack.push(child)
      parents.push(root)
    }
  }
  while (stack.length > 0) {
    const node = stack.pop() as Element
    if (visit(node, parents.pop() as Parent) === false) continue
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]
      if (isElement(child)) {
        stack.push(child)
        parents.push(node)
      }
    }
  }
}

/**
 * Concatenated text of a subtree (no layout), iteratively; with `limit`, the
 * walk stops once the text is that long (its start, at least `limit` long).
 */
export function rawText(node: Parent, limit = Number.POSITIVE_INFINITY): string {
  let out = ''
  const stack: Array<RootContent | ElementContent> = [...node.children].reverse()
  while (stack.length > 0 && out.length < limit) {
    const n = stack.pop() as RootContent
    if (n.type === 'text') out += n.value
    else if (n.type === 'element')
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as ElementContent)
  }
  return out
}

/** `rawText(node).length`, summed without building the text. */
export function textLength(node: Parent): number {
  let length = 0
  const stack: Array<RootContent | ElementContent> = [...node.children].reverse()
  while (stack.length > 0) {
    const n = stack.pop() as RootContent
    if (n.type === 'text') length += n.value.length
    else if (n.type === 'element')
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as ElementContent)
  }
  return length
}

/** Characters of link text under `node` (links inside links counted once). */
export function linkText(node: Element): number {
  let total = 0
  const stack: Element[] = [node]
  while (stack.length > 0) {
    const current = stack.pop() as Element
    if (current.tagName === 'a') {
      total += textLength(current)
      continue
    }
    for (const child of current.children) if (isElement(child)) stack.push(child)
  }
  return total
}
