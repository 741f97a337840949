/**
 * A DOM node → hast, the nodes hast-util-from-dom makes, without recursion
 * and without hastscript (the properties come from ./element-maker.ts's
 * `ElementMaker`, as for parsed pages). A template's content becomes the
 * hast element's `content`; processing instructions and CDATA are skipped.
 * Deeper than `maxDepth` it throws a RangeError, as a recursive conversion
 * would overflow: the caller then reads the node's markup, which the parser
 * flattens below that depth.
 */
import type { Element, Root, RootContent } from 'hast'
import { ElementMaker } from './element-maker.js'

/** The parts of a DOM node this reads (Node is not a global in every runtime). */
interface DomNode {
  readonly nodeType: number
  readonly nodeValue: string | null
  readonly childNodes: ArrayLike<DomNode>
  readonly namespaceURI?: string | null
  readonly tagName?: string
  readonly content?: DomNode
  getAttributeNames?(): string[]
  getAttribute?(name: string): string | null
}

const HTML_NS = 'http://www.w3.org/1999/xhtml'

/** One node without its children; undefined for the kinds hast has no node for. */
function one(node: DomNode, maker: ElementMaker): RootContent | Root | undefined {
  switch (node.nodeType) {
    case 1: {
      const space = node.namespaceURI ?? ''
      const tag = node.tagName ?? ''
      const names = node.getAttributeNames?.() ?? []
      const attrs = names.map((name) => ({ name, value: node.getAttribute?.(name) || '' }))
      return maker.make(space === HTML_NS ? tag.toLowerCase() : tag, space, attrs)
    }
    case 3:
      return { type: 'text', value: node.nodeValue || '' }
    case 8:
      return { type: 'comment', value: node.nodeValue || '' }
    case 9:
    case 11:
      return { type: 'root', children: [] }
    case 10:
      return { type: 'doctype' }
    default:
      return undefined
  }
}

/** A DOM document, fragment or element as hast (an element stays an element). */
export function fromDom(top: DomNode, maxDepth: number): Root | Element {
  const maker = new ElementMaker()
  const made = one(top, maker)
  if (!made || (made.type !== 'root' && made.type !== 'element'))
    return { type: 'root', children: [] }
  const nodes: DomNode[] = []
  const intos: RootContent[][] = []
  const depths: number[] = []
  const pushChildren = (from: DomNode, into: RootContent[], depth: number) => {
    if (depth > maxDepth) throw new RangeError('DOM nested deeper than the conversion allows')
    const kids = from.childNodes
    for (let i = kids.length - 1; i >= 0; i--) {
      nodes.push(kids[i] as DomNode)
      intos.push(into)
      depths.push(depth + 1)
    }
  }
  /** Where a node's children go: a template's content, else its children. */
  const childrenOf = (node: DomNode, hast: Root | Element): [DomNode, RootContent[]] =>
    hast.type === 'element' && hast.content && node.content
      ? [node.content, hast.content.children]
      : [node, hast.children as RootContent[]]
  const [source, target] = childrenOf(top, made)
  pushChildren(source, target, 0)
  while (nodes.length > 0) {
    const node = nodes.pop() as DomNode
    const into = intos.pop() as RootContent[]
    const depth = depths.pop() as number
    const hast = one(node, maker)
    if (!hast || hast.type === 'root') continue
    into.push(hast)
    if (hast.type !== 'element') continue
    const [from, to] = childrenOf(node, hast)
    pushChildren(from, to, depth)
  }
  return made
}
