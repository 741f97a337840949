/**
 * HTML → hast. parse5 builds the tree without recursion, but walkers over
 * it (hast-util-from-parse5, hast-util-to-text, ours) recurse, so a hostile
 * page nested 100,000 levels deep would overflow the stack. Below MAX_DEPTH
 * the parse5 tree is flattened, iteratively, into its descendants in
 * document order: no text is lost, only nesting past any real page's.
 */

import type { Root } from 'hast'
import { fromParse5 } from 'hast-util-from-parse5'
import { type DefaultTreeAdapterMap, parse } from 'parse5'

type P5Node = DefaultTreeAdapterMap['node']
type P5Parent = DefaultTreeAdapterMap['parentNode']
type P5Child = DefaultTreeAdapterMap['childNode']

/** Deeper than any real page; shallow enough for recursive walkers. */
export const MAX_DEPTH = 200

function childrenOf(node: P5Node): P5Child[] | null {
  return 'childNodes' in node ? (node.childNodes as P5Child[]) : null
}

/** Descendants of `node` in document order, with their children removed (iterative). */
function flatDescendants(node: P5Parent): P5Child[] {
  const out: P5Child[] = []
  const stack: P5Child[] = [...(node.childNodes as P5Child[])].reverse()
  while (stack.length > 0) {
    const child = stack.pop() as P5Child
    const kids = childrenOf(child)
    if (kids && kids.length > 0) {
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as P5Child)
      kids.length = 0
    }
    // A <template> holds inert markup in its content: past the cap it goes.
    if ('content' in child && child.content) child.content.childNodes.length = 0
    out.push(child)
  }
  for (const child of out) child.parentNode = node
  return out
}

/** Flatten every subtree that starts at MAX_DEPTH. */
function capDepth(root: P5Node): void {
  const stack: Array<[P5Node, number]> = [[root, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [P5Node, number]
    const kids = childrenOf(node)
    if (!kids) continue
    if (depth >= MAX_DEPTH) {
      if ('content' in node && node.content) node.content.childNodes.length = 0
      const flat = flatDescendants(node as P5Parent)
      kids.length = 0
      // A loop, not push(...flat): spreading 100,000s of arguments overflows the stack.
      for (const child of flat) kids.push(child)
      continue
    }
    for (const kid of kids) stack.push([kid, depth + 1])
    // A <template>'s content is a fragment beside its children: cap it too.
    if ('content' in node && node.content) stack.push([node.content, depth + 1])
  }
}

/** Parse an HTML document into hast. Never throws on malformed markup. */
export function parseHtml(html: string): Root {
  // Without scripting, <noscript> holds markup: some sites (Discourse forums) serve their content there.
  const document = parse(html, { scriptingEnabled: false })
  capDepth(document)
  return fromParse5(document) as Root
}
