/**
 * parse5's default tree → hast: how the parse stage made its hast before
 * parse5's parser built it through our tree adapter
 * (src/html/hast-adapter.ts), kept as the reference that adapter is
 * checked against (test/hast-adapter.test.ts, scripts/hast-adapter-check.ts).
 * The same nodes hast-util-from-parse5 makes (no positions), built without
 * recursion with src/html/element-maker.ts's elements.
 *
 * Below `maxDepth` a subtree is flattened into its descendants in document
 * order (their children removed), so that recursive walkers never overflow
 * the stack; template contents are capped the same way (walkers read
 * `children`, not `content`, but a copy of the tree walks both), and past
 * `maxDepth` nested templates a content is left empty.
 */
import type { Element, Root, RootContent } from 'hast'
import type { DefaultTreeAdapterMap } from 'parse5'
import { ElementMaker } from '../src/html/element-maker.js'
import { keepWorded } from '../src/html/worded.js'

type P5Node = DefaultTreeAdapterMap['node']
type P5Element = DefaultTreeAdapterMap['element']
type P5Template = DefaultTreeAdapterMap['template']
/** Converts the nodes of one page. */
class Converter {
  readonly maker = new ElementMaker()

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
  const converter = new Converter(maxDepth)
  const root = converter.convert(document, true)
  keepWorded(root, converter.maker.worded)
  return root
}
