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

/** Characters of the joined attributes read for tokens. */
const TOKENS_READ = 2000
/** Tokens longer than this are no words (hashes, serialised state). */
const TOKEN_MAX = 60

function readTokens(node: Element): readonly string[] {
  if (!hasHintAttributes(node)) return NO_TOKENS
  const id = attr(node, 'id')
  const shownId = isHeadingAnchor(node, id) ? '' : id
  const role = attr(node, 'role')
  const itemProp = attr(node, 'itemProp')
  const classes = node.properties.className
  const fast = asciiTokens(classes, shownId, role, itemProp)
  if (fast) return fast
  const raw = `${attr(node, 'className')} ${shownId} ${role} ${itemProp}`
  if (raw.trim() === '') return NO_TOKENS
  // Hostile pages may carry megabytes of classes; a few dozen tokens say all there is to say.
  return raw
    .slice(0, TOKENS_READ)
    .toLowerCase()
    .split(/\s+/)
    .filter((token) => token !== '' && token.length <= TOKEN_MAX)
}

/**
 * `readTokens`' answer read part by part, without joining the parts into
 * one string and splitting it again, when every part is ASCII (lower-casing
 * is then letter by letter and white space is `\t\n\v\f\r` and space) and
 * the joined string would be read whole (at most 2,000 characters); null
 * otherwise, and the joined string is read.
 */
function asciiTokens(
  classes: unknown,
  id: string,
  role: string,
  itemProp: string,
): readonly string[] | null {
  let length = id.length + role.length + itemProp.length + 3
  if (Array.isArray(classes)) {
    for (const item of classes) {
      if (typeof item !== 'string') return null
      length += item.length + 1
    }
    if (classes.length > 0) length--
  } else if (classes !== undefined) return null
  if (length > TOKENS_READ) return null
  const tokens: string[] = []
  let seen = false
  if (classes !== undefined)
    for (const item of classes as readonly string[]) {
      const found = splitAscii(item, tokens)
      if (found === null) return null
      seen ||= found
    }
  const inId = splitAscii(id, tokens)
  const inRole = splitAscii(role, tokens)
  const inItemProp = splitAscii(itemProp, tokens)
  if (inId === null || inRole === null || inItemProp === null) return null
  return seen || inId || inRole || inItemProp ? tokens : NO_TOKENS
}

/**
 * Push the lower-cased white-space separated words of an ASCII `text` of
 * at most TOKEN_MAX characters onto `out`; whether it held any character
 * but white space, or null when it is not ASCII.
 */
function splitAscii(text: string, out: string[]): boolean | null {
  let start = -1
  let seen = false
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32
    if (c > 127) return null
    if (c === 32 || (c >= 9 && c <= 13)) {
      // A whole item is lower-cased as it is (no slice first).
      if (start >= 0 && i - start <= TOKEN_MAX)
        out.push((start === 0 && i === text.length ? text : text.slice(start, i)).toLowerCase())
      start = -1
    } else if (start < 0) {
      start = i
      seen = true
    }
  }
  return seen
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
      if (token.includes('-') || token.includes('_')) pushParts(token, hints)
    }
    out = hints
  }
  return keep(node, HINTS, out)
}

/** Push the non-empty parts of `token` between runs of `-` and `_` onto `out`. */
function pushParts(token: string, out: string[]): void {
  let start = 0
  for (let i = 0; i <= token.length; i++) {
    const c = i < token.length ? token.charCodeAt(i) : 45
    if (c === 45 || c === 95) {
      if (i > start) out.push(token.slice(start, i))
      start = i + 1
    }
  }
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
