/**
 * A text dump of a parse5 document: every node with what the tree adapter
 * gives it (names, namespaces, attributes with their prefix and namespace,
 * text, comment data, doctype ids, document mode, template content), one
 * line a node, indented by depth. Two documents are the same tree when
 * their dumps are equal. For the fast tokenizer's identity checks.
 */
import type { DefaultTreeAdapterMap } from 'parse5'

type Node = DefaultTreeAdapterMap['node']

export function dumpTree(document: DefaultTreeAdapterMap['document']): string {
  const lines = [`#document ${document.mode}`]
  const stack: [Node, number][] = []
  const push = (nodes: readonly Node[], depth: number) => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push([nodes[i] as Node, depth])
  }
  push(document.childNodes, 1)
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [Node, number]
    const pad = ' '.repeat(depth)
    if (node.nodeName === '#text')
      lines.push(`${pad}"${JSON.stringify((node as { value: string }).value)}`)
    else if (node.nodeName === '#comment')
      lines.push(`${pad}<!--${JSON.stringify((node as { data: string }).data)}`)
    else if (node.nodeName === '#documentType') {
      const d = node as DefaultTreeAdapterMap['documentType']
      lines.push(`${pad}<!DOCTYPE ${JSON.stringify([d.name, d.publicId, d.systemId])}`)
    } else if ('tagName' in node) {
      const attrs = node.attrs.map((a) => [a.name, a.value, a.prefix ?? null, a.namespace ?? null])
      lines.push(`${pad}<${node.tagName} ${node.namespaceURI} ${JSON.stringify(attrs)}`)
      const content = (node as { content?: DefaultTreeAdapterMap['documentFragment'] }).content
      if (content) {
        lines.push(`${pad} #content`)
        push(content.childNodes, depth + 2)
      }
      push(node.childNodes, depth + 1)
    } else lines.push(`${pad}?${node.nodeName}`)
  }
  return lines.join('\n')
}
