/**
 * parse5's tree → hast, the same nodes hast-util-from-parse5 makes (no
 * positions: we pass it no file), built without recursion and without
 * hastscript: an element gets its properties from property-information's
 * HTML or SVG schema directly, with the attribute lookups of one page
 * cached. `ElementMaker` is shared with the DOM conversion (./from-dom.ts).
 * Unlike hastscript, a tag name is never read as a selector (`<a.b>` stays
 * `a.b`).
 *
 * Below `maxDepth` a subtree is flattened into its descendants in document
 * order (their children removed), so that recursive walkers never overflow
 * the stack; template contents are capped the same way (walkers read
 * `children`, not `content`, but a copy of the tree walks both), and past
 * `maxDepth` nested templates a content is left empty.
 */
import type { Element, Root, RootContent } from 'hast'
import type { DefaultTreeAdapterMap } from 'parse5'
import { html as htmlNs } from 'parse5'
import { find, html as htmlSchema, svg as svgSchema } from 'property-information'

type P5Node = DefaultTreeAdapterMap['node']
type P5Element = DefaultTreeAdapterMap['element']
type P5Template = DefaultTreeAdapterMap['template']
type Info = ReturnType<typeof find>
/** An attribute as parse5 gives it (a DOM attribute passes its qualified name, no prefix). */
export interface Attribute {
  readonly name: string
  readonly value: string
  readonly prefix?: string | undefined
}
type Value = string | number | boolean | (string | number)[]

const own = Object.prototype.hasOwnProperty
const proto = Object.prototype

/** space-separated-tokens' `parse`. */
function spaces(value: string): string[] {
  const input = value.trim()
  return input ? input.split(/[ \t\n\r\f]+/g) : []
}

/** comma-separated-tokens' `parse`. */
function commas(value: string): string[] {
  const tokens: string[] = []
  let index = value.indexOf(',')
  let start = 0
  let end = false
  while (!end) {
    if (index === -1) {
      index = value.length
      end = true
    }
    const token = value.slice(start, index).trim()
    if (token || !end) tokens.push(token)
    start = index + 1
    index = value.indexOf(',', start)
  }
  return tokens
}

/** hastscript's `parsePrimitive` for a string. */
function primitive(info: Info, value: string): string | number | boolean {
  if (info.number && value && !Number.isNaN(Number(value))) return Number(value)
  if (
    (info.boolean || info.overloadedBoolean) &&
    (value === '' || value.toLowerCase() === info.property.toLowerCase())
  )
    return true
  return value
}

/** hastscript's `addProperty` for a string value. */
function addProperty(properties: Record<string, Value>, info: Info, value: string): void {
  let list: string[] | null = null
  if (info.spaceSeparated) list = spaces(value)
  else if (info.commaSeparated) list = commas(value)
  else if (info.commaOrSpaceSeparated) list = spaces(commas(value).join(' '))
  let result: Value = list
    ? list.map((item) => primitive(info, item) as string | number)
    : primitive(info, value)
  const before = properties.className
  if (info.property === 'className' && Array.isArray(before))
    result = [...before, ...(Array.isArray(result) ? result : [result as string | number])]
  properties[info.property] = result
}

/** Attribute names an object orders before the others (array indices). */
const INDEX = /^(?:0|[1-9]\d*)$/

/** Whether an attribute is prefixed or named like an index (the raw properties' path). */
function needsRaw(attrs: readonly Attribute[]): boolean {
  for (const attribute of attrs) {
    if (attribute.prefix) return true
    const first = attribute.name.charCodeAt(0)
    // An index starts with a digit: the regex only for those.
    if (first >= 48 && first <= 57 && INDEX.test(attribute.name)) return true
  }
  return false
}

/** The properties object hast-util-from-parse5 gives `h`: attributes by (prefixed) name. */
function rawProperties(attrs: readonly Attribute[]): Record<string, string> {
  const raw: Record<string, string> = {}
  for (const attribute of attrs) {
    const name = (attribute.prefix ? `${attribute.prefix}:` : '') + attribute.name
    if (!own.call(proto, name)) raw[name] = attribute.value
  }
  return raw
}

/** Builds hast elements, caching one page's attribute lookups per schema. */
export class ElementMaker {
  private readonly html = new Map<string, Info>()
  private readonly svg = new Map<string, Info>()

  private info(name: string, inSvg: boolean): Info {
    const cache = inSvg ? this.svg : this.html
    let info = cache.get(name)
    if (!info) {
      info = find(inSvg ? svgSchema : htmlSchema, name)
      cache.set(name, info)
    }
    return info
  }

  /**
   * An element without children, from its attributes in document order
   * (`prefix:name` when prefixed). HTML names are lower-cased and an HTML
   * template gets an empty `content`; SVG attributes read the SVG schema.
   */
  make(tag: string, namespace: string, attrs: readonly Attribute[]): Element {
    const html = namespace === htmlNs.NS.HTML
    const inSvg = namespace === htmlNs.NS.SVG
    const properties: Record<string, Value> = {}
    if (needsRaw(attrs)) {
      // Index-like names come first in an object's keys, as hastscript reads them.
      for (const [key, value] of Object.entries(rawProperties(attrs)))
        addProperty(properties, this.info(key, inSvg), value)
    } else {
      for (const attribute of attrs)
        if (!own.call(proto, attribute.name))
          addProperty(properties, this.info(attribute.name, inSvg), attribute.value)
    }
    const element: Element = {
      type: 'element',
      tagName: html ? tag.toLowerCase() : tag,
      properties,
      children: [],
    }
    if (html && element.tagName === 'template') element.content = { type: 'root', children: [] }
    return element
  }
}

/** Converts the nodes of one page. */
class Converter {
  private readonly maker = new ElementMaker()

  constructor(private readonly maxDepth: number) {}

  /** The element hast-util-from-parse5 would make from the parse5 element, without children. */
  private element(node: P5Element): Element {
    return this.maker.make(node.tagName, node.namespaceURI, node.attrs)
  }

  /** One node without its children. */
  private one(node: P5Node): RootContent | Root {
    switch (node.nodeName) {
      case '#comment':
        return { type: 'comment', value: (node as DefaultTreeAdapterMap['commentNode']).data }
      case '#text':
        return { type: 'text', value: (node as DefaultTreeAdapterMap['textNode']).value }
      case '#documentType':
        return { type: 'doctype' }
      case '#document':
      case '#document-fragment': {
        const mode = 'mode' in node ? node.mode : null
        return {
          type: 'root',
          children: [],
          data: { quirksMode: mode === 'quirks' || mode === 'limited-quirks' },
        }
      }
      default:
        return this.element(node as P5Element)
    }
  }

  /**
   * Convert a tree (a document, or a template's content). Template contents
   * nest by recursion: past `maxDepth` nested templates, or inside a
   * flattened subtree, a template's (inert) content is left empty.
   */
  convert(top: P5Node, capped: boolean, templates = 0): Root {
    const root = this.one(top) as Root
    // Parallel stacks (no tuple per node): the parse5 node, the hast children
    // it goes into, its depth, and whether it is flattened (no children of its own).
    const nodes: P5Node[] = []
    const intos: RootContent[][] = []
    const depths: number[] = []
    const flats: boolean[] = []
    const push = (node: P5Node, into: RootContent[], depth: number, flat: boolean) => {
      nodes.push(node)
      intos.push(into)
      depths.push(depth)
      flats.push(flat)
    }
    const pushChildren = (from: P5Node, into: RootContent[], depth: number) => {
      if (!('childNodes' in from)) return
      const kids = from.childNodes
      if (capped && depth >= this.maxDepth && kids.length > 0) {
        const flat = descendants(from)
        for (let i = flat.length - 1; i >= 0; i--) push(flat[i] as P5Node, into, depth + 1, true)
        return
      }
      for (let i = kids.length - 1; i >= 0; i--) push(kids[i] as P5Node, into, depth + 1, false)
    }
    pushChildren(top, root.children, 0)
    while (nodes.length > 0) {
      const node = nodes.pop() as P5Node
      const into = intos.pop() as RootContent[]
      const depth = depths.pop() as number
      const flat = flats.pop() as boolean
      const made = this.one(node) as RootContent
      into.push(made)
      if (made.type !== 'element') continue
      if (made.content && node.nodeName === 'template' && 'content' in node)
        made.content =
          flat || templates >= this.maxDepth
            ? { type: 'root', children: [] }
            : this.convert((node as P5Template).content, capped, templates + 1)
      if (!flat) pushChildren(node, made.children as RootContent[], depth)
    }
    return root
  }
}

/** Descendants of a node in document order (iterative). */
function descendants(node: P5Node): P5Node[] {
  const out: P5Node[] = []
  const stack: P5Node[] = 'childNodes' in node ? [...node.childNodes].reverse() : []
  while (stack.length > 0) {
    const next = stack.pop() as P5Node
    out.push(next)
    if ('childNodes' in next)
      for (let i = next.childNodes.length - 1; i >= 0; i--) stack.push(next.childNodes[i] as P5Node)
  }
  return out
}

/** A parse5 document as hast, subtrees below `maxDepth` flattened. */
export function toHast(document: DefaultTreeAdapterMap['document'], maxDepth: number): Root {
  return new Converter(maxDepth).convert(document, true)
}
