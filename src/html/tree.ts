/**
 * A tree given by the caller (a hast `Root` from rehype, a DOM converted
 * with hast-util-from-dom) → our own copy to prune. The pipeline prunes in
 * place and may run twice (the whole-body fallback), so it never works on
 * the caller's tree. Nesting past MAX_DEPTH is flattened, as in `parse.ts`.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { MAX_DEPTH } from './parse.js'

type Node = RootContent | ElementContent
type Target = Root | Element

function shallow(node: Node): Node | null {
  switch (node.type) {
    case 'element':
      return {
        type: 'element',
        tagName: node.tagName,
        properties: { ...node.properties },
        children: [],
      }
    case 'text':
    case 'comment':
      return { type: node.type, value: node.value }
    case 'doctype':
      return { type: 'doctype' }
    default:
      return null
  }
}

/** Copies of a subtree's nodes in document order, each without children. */
function flat(node: Node): Node[] {
  const out: Node[] = []
  const stack: Node[] = [node]
  while (stack.length > 0) {
    const n = stack.pop() as Node
    const copy = shallow(n)
    if (copy) out.push(copy)
    if (n.type === 'element')
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Node)
  }
  return out
}

/** A copy of `root`, iteratively, its nesting capped at MAX_DEPTH. */
export function copyTree(root: Root): Root {
  const out: Root = { type: 'root', children: [] }
  const stack: Array<[Root | Element, Target, number]> = [[root, out, 0]]
  while (stack.length > 0) {
    const [source, target, depth] = stack.pop() as [Root | Element, Target, number]
    const into = target.children as Node[]
    for (const child of source.children) {
      if (depth >= MAX_DEPTH) {
        into.push(...flat(child))
        continue
      }
      const copy = shallow(child)
      if (!copy) continue
      into.push(copy)
      if (child.type === 'element' && copy.type === 'element') stack.push([child, copy, depth + 1])
    }
  }
  return out
}

const el = (tagName: string, children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
})

/**
 * A document around a lone element (a DOM `Element`, an `<article>`) or a
 * fragment (rehype-parse with `fragment: true`), as a parser would make it.
 */
export function documentOf(node: Root | Element): Root {
  if (node.type === 'root') {
    if (node.children.some((c) => c.type === 'element' && c.tagName === 'html')) return node
    const content = node.children.filter(
      (c): c is ElementContent => c.type === 'element' || c.type === 'text',
    )
    return { type: 'root', children: [el('html', [el('head', []), el('body', content)])] }
  }
  if (node.tagName === 'html') return { type: 'root', children: [node] }
  const body = node.tagName === 'body' ? node : el('body', [node])
  return { type: 'root', children: [el('html', [el('head', []), body])] }
}
