/**
 * A parse5 tree adapter whose nodes are the final hast nodes: parse5's
 * `Parser` builds the hast tree itself, with no parse5 tree and no
 * conversion after it. The elements are `./element-maker.ts`'s, the text,
 * comment and doctype nodes hast-util-from-parse5's (no positions), the
 * document a root with `data.quirksMode`, a template's content a root.
 *
 * What parse5 asks of a node beyond hast is kept beside the tree, so that
 * the nodes hold only hast's own properties: parents of elements (for
 * foster parenting, the adoption agency and `<frameset>`, which move
 * nodes), namespaces of the elements outside HTML, parse5's tag name where
 * hast's lower-casing changed it (`İ`), and the attribute lists parse5
 * reads back (`annotation-xml`'s encoding) or merges into (`<html>` and
 * `<body>` from a second tag). A text or comment node is detached only as
 * a child of the element whose children parse5 read just before
 * (`_adoptNodes`); another would be looked for from the document.
 *
 * Deep trees are capped after parsing (./cap-depth.ts).
 */
import type { Comment, Doctype, Element, Root, RootContent, Text } from 'hast'
import { html, type Token, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5'
import { ElementMaker } from './element-maker.js'

type Parent = Root | Element
export type HastMap = TreeAdapterTypeMap<
  Parent | RootContent,
  Parent,
  RootContent,
  Root,
  Root,
  Element,
  Comment,
  Text,
  Element,
  Doctype
>
type Mode = html.DOCUMENT_MODE
type NS = html.NS

// Read once: parse5's namespaces are objects of getters when loaded through a transpiler.
const { HTML, MATHML } = html.NS
const NO_QUIRKS = html.DOCUMENT_MODE.NO_QUIRKS
const QUIRKS = html.DOCUMENT_MODE.QUIRKS
const LIMITED_QUIRKS = html.DOCUMENT_MODE.LIMITED_QUIRKS
const NONE: Token.Attribute[] = []

/** Where `node` sits in `children`: the last child first (parse5 mostly inserts before it and detaches it). */
function indexIn(children: readonly RootContent[], node: RootContent): number {
  const last = children.length - 1
  return children[last] === node ? last : children.lastIndexOf(node)
}

/** The parent of `node` under `root`, template contents included; undefined when it is not there. */
function search(root: Root, node: RootContent): Parent | undefined {
  const stack: Parent[] = [root]
  while (stack.length > 0) {
    const parent = stack.pop() as Parent
    for (const child of parent.children) {
      if (child === node) return parent
      if (child.type === 'element') {
        stack.push(child)
        if (child.content) stack.push(child.content)
      }
    }
  }
  return undefined
}

/** One page's tree adapter: make one per parse. */
export class HastAdapter implements TreeAdapter<HastMap> {
  readonly maker = new ElementMaker()
  /** The document, once parse5 made it. */
  root: Root | undefined
  private mode: Mode = NO_QUIRKS
  private readonly parents = new Map<Element, Parent>()
  private readonly spaces = new Map<Element, NS>()
  private readonly names = new Map<Element, string>()
  private readonly lists = new Map<Element, readonly Token.Attribute[]>()
  /** The node whose children parse5 read last (it detaches them next). */
  private donor: Parent | undefined

  createDocument(): Root {
    const root: Root = { type: 'root', children: [], data: { quirksMode: false } }
    this.root = root
    return root
  }

  createDocumentFragment(): Root {
    return { type: 'root', children: [], data: { quirksMode: false } }
  }

  createElement(tagName: string, namespaceURI: NS, attrs: Token.Attribute[]): Element {
    const element = this.maker.make(tagName, namespaceURI, attrs)
    if (namespaceURI === HTML) {
      if (element.tagName !== tagName) this.names.set(element, tagName)
      else if (tagName === 'html' || tagName === 'body') this.lists.set(element, attrs)
    } else {
      this.spaces.set(element, namespaceURI)
      if (namespaceURI === MATHML && tagName === 'annotation-xml') this.lists.set(element, attrs)
    }
    return element
  }

  createCommentNode(data: string): Comment {
    return { type: 'comment', value: data }
  }

  createTextNode(value: string): Text {
    return { type: 'text', value }
  }

  appendChild(parentNode: Parent, newNode: RootContent): void {
    parentNode.children.push(newNode as Element)
    if (newNode.type === 'element') this.parents.set(newNode, parentNode)
  }

  insertBefore(parentNode: Parent, newNode: RootContent, referenceNode: RootContent): void {
    const { children } = parentNode
    children.splice(indexIn(children, referenceNode), 0, newNode as Element)
    if (newNode.type === 'element') this.parents.set(newNode, parentNode)
  }

  setTemplateContent(templateElement: Element, contentElement: Root): void {
    templateElement.content = contentElement
  }

  getTemplateContent(templateElement: Element): Root {
    return templateElement.content as Root
  }

  setDocumentType(document: Root): void {
    // hast keeps no name or identifiers: a second doctype changes nothing.
    for (const child of document.children) if (child.type === 'doctype') return
    document.children.push({ type: 'doctype' })
  }

  setDocumentMode(document: Root, mode: Mode): void {
    this.mode = mode
    document.data = { quirksMode: mode === QUIRKS || mode === LIMITED_QUIRKS }
  }

  getDocumentMode(): Mode {
    return this.mode
  }

  detachNode(node: RootContent): void {
    let parent: Parent | undefined
    // An element has a parent once it is inserted (the adoption agency detaches elements it has just made).
    if (node.type === 'element') parent = this.parents.get(node)
    else if (this.donor !== undefined && indexIn(this.donor.children, node) >= 0)
      parent = this.donor
    else if (this.root !== undefined) parent = search(this.root, node)
    if (parent === undefined) return
    const { children } = parent
    const at = indexIn(children, node)
    if (at < 0) return
    children.splice(at, 1)
    if (node.type === 'element') this.parents.delete(node)
  }

  insertText(parentNode: Parent, text: string): void {
    const { children } = parentNode
    const last = children[children.length - 1]
    if (last !== undefined && last.type === 'text') last.value += text
    else children.push({ type: 'text', value: text })
  }

  insertTextBefore(parentNode: Parent, text: string, referenceNode: RootContent): void {
    const { children } = parentNode
    const at = indexIn(children, referenceNode)
    const before = children[at - 1]
    if (before !== undefined && before.type === 'text') before.value += text
    else children.splice(at, 0, { type: 'text', value: text })
  }

  /** parse5's merge: the names the element lacks, appended; its properties made again from the list. */
  adoptAttributes(recipient: Element, attrs: Token.Attribute[]): void {
    if (attrs.length === 0) return
    const list = this.lists.get(recipient) ?? NONE
    const had = new Set(list.map((attribute) => attribute.name))
    const added = attrs.filter((attribute) => !had.has(attribute.name))
    if (added.length === 0) return
    const merged = [...list, ...added]
    this.lists.set(recipient, merged)
    this.maker.refill(recipient, merged)
  }

  getFirstChild(node: Parent): RootContent | null {
    return node.children[0] ?? null
  }

  getChildNodes(node: Parent): RootContent[] {
    this.donor = node
    return node.children
  }

  getParentNode(node: Parent | RootContent): Parent | null {
    return node.type === 'element' ? (this.parents.get(node) ?? null) : null
  }

  getAttrList(element: Element): Token.Attribute[] {
    return (this.lists.get(element) ?? NONE) as Token.Attribute[]
  }

  getTagName(element: Element): string {
    return this.names.size === 0 ? element.tagName : (this.names.get(element) ?? element.tagName)
  }

  getNamespaceURI(element: Element): NS {
    return this.spaces.size === 0 ? HTML : (this.spaces.get(element) ?? HTML)
  }

  getTextNodeContent(textNode: Text): string {
    return textNode.value
  }

  getCommentNodeContent(commentNode: Comment): string {
    return commentNode.value
  }

  getDocumentTypeNodeName(): string {
    return ''
  }

  getDocumentTypeNodePublicId(): string {
    return ''
  }

  getDocumentTypeNodeSystemId(): string {
    return ''
  }

  isTextNode(node: Parent | RootContent): node is Text {
    return node.type === 'text'
  }

  isCommentNode(node: Parent | RootContent): node is Comment {
    return node.type === 'comment'
  }

  isDocumentTypeNode(node: Parent | RootContent): node is Doctype {
    return node.type === 'doctype'
  }

  isElementNode(node: Parent | RootContent): node is Element {
    return node.type === 'element'
  }

  // No positions: parse5 is given none to place.
  setNodeSourceCodeLocation(): void {}

  getNodeSourceCodeLocation(): undefined {
    return undefined
  }

  updateNodeSourceCodeLocation(): void {}
}
