/**
 * What `cleanArticle` accepts, read into one of two shapes: text to decode
 * and parse, or a tree already parsed (a DOM `Document` or `Element`,
 * converted by ./html/from-dom.ts; a hast root from rehype).
 */
import type { Element, Root } from 'hast'
import { decode } from './decode.js'
import { fromDom } from './html/from-dom.js'
import { MAX_DEPTH } from './html/parse.js'
import { documentOf } from './html/tree.js'
import { repairMojibake } from './mojibake.js'

export type Source =
  | { readonly text: string; readonly tree?: undefined }
  | { readonly text?: undefined; readonly tree: Root }

/** DOM node types accepted: element, document, document fragment. */
const DOM_TYPES = new Set([1, 9, 11])

/** A DOM node, known by its shape: Node has no `Node` global to test against. */
function isDomNode(input: unknown): input is Document | Element | DocumentFragment {
  if (typeof input !== 'object' || input === null) return false
  const node = input as { nodeType?: unknown; nodeName?: unknown }
  return (
    typeof node.nodeType === 'number' &&
    DOM_TYPES.has(node.nodeType) &&
    typeof node.nodeName === 'string'
  )
}

/** A hast root, from rehype or hast utilities. */
export function isHastRoot(input: unknown): input is Root {
  if (typeof input !== 'object' || input === null) return false
  const node = input as { type?: unknown; children?: unknown }
  return node.type === 'root' && Array.isArray(node.children)
}

function describe(input: unknown): string {
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'an array'
  if (typeof input === 'object') {
    const type = (input as { nodeType?: unknown }).nodeType
    if (typeof type === 'number') return `a DOM node of type ${type}`
  }
  return typeof input
}

/** The markup of a DOM node, for when its tree cannot be converted. */
function markupOf(node: Document | Element | DocumentFragment): string {
  const element = 'documentElement' in node ? node.documentElement : node
  const markup = (element as { outerHTML?: unknown } | null)?.outerHTML
  return typeof markup === 'string' ? markup : ''
}

/**
 * A DOM node as a hast tree. A DOM nested deeper than the parser's
 * flattening depth is read from its markup instead, which flattens it.
 */
function domSource(node: Document | Element | DocumentFragment): Source {
  try {
    const tree = fromDom(node as unknown as Parameters<typeof fromDom>[0], MAX_DEPTH)
    return { tree: documentOf(tree.type === 'element' ? (tree as Element) : (tree as Root)) }
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return { text: markupOf(node) }
  }
}

/** The input as text or as a tree; a clear TypeError for anything else. */
export function sourceOf(input: unknown): Source {
  if (typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer)
    return { text: repairMojibake(decode(input).text) }
  if (isDomNode(input)) return domSource(input)
  throw new TypeError(
    `cleanArticle expects a string, Uint8Array or ArrayBuffer of HTML or plain text, or a DOM Document or Element, got ${describe(input)}`,
  )
}
