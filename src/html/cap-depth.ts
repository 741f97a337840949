/**
 * The depth cap of a parsed tree (./parse.ts): below `maxDepth` an
 * element's subtree is flattened into its descendants in document order
 * (their children removed), so that recursive walkers never overflow the
 * stack. A template's content counts its depth from its own root, and is
 * emptied inside a flattened subtree or past `maxDepth` nested templates
 * (walkers read `children`, not `content`, but a copy of the tree walks
 * both). Iterative; changes the tree in place.
 */
import type { Element, ElementContent, Root } from 'hast'

/** The descendants of an element in document order, each left without children or content. */
function flatten(element: Element): ElementContent[] {
  const out: ElementContent[] = []
  const stack = [...element.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as ElementContent
    out.push(node)
    if (node.type === 'element')
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push(node.children[i] as ElementContent)
  }
  for (const node of out)
    if (node.type === 'element') {
      node.children = []
      if (node.content) node.content = { type: 'root', children: [] }
    }
  return out
}

/** Cap the tree under `root` (the document's children are at depth 1), a level at a time. */
export function capDepth(root: Root, maxDepth: number, templates = 0): void {
  let level: Element[] = []
  for (const child of root.children) if (child.type === 'element') level.push(child)
  for (let depth = 1; level.length > 0; depth++) {
    const next: Element[] = []
    for (const element of level) {
      if (element.content) {
        if (templates >= maxDepth) element.content = { type: 'root', children: [] }
        else capDepth(element.content, maxDepth, templates + 1)
      }
      const { children } = element
      if (children.length === 0) continue
      if (depth >= maxDepth) element.children = flatten(element)
      else for (const child of children) if (child.type === 'element') next.push(child)
    }
    level = next
  }
}
