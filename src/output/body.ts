/**
 * The article body as a hast tree, from the kept blocks only: an HTML page's
 * blocks through the nodes they were read from (`Page.origins`), a text
 * page's from their text. The tree still holds the page's own nodes: it is
 * sanitized (`./render.ts`) before anything is written.
 */
import type { Element, ElementContent, Root } from 'hast'
import type { Drop } from '../classify/classify.js'
import type { Origin } from '../html/origin.js'
import type { Page } from '../page.js'
import type { Block } from '../types.js'

function element(tagName: string, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties: {}, children }
}

const text = (value: string): ElementContent => ({ type: 'text', value })

/** A root of block nodes, a line break between them. */
function root(children: ElementContent[]): Root {
  return { type: 'root', children: children.slice(0, -1) }
}

/** Lists the sanitizer does not know are written as `<ul>`. */
function renamed(node: ElementContent): ElementContent {
  if (node.type !== 'element' || (node.tagName !== 'menu' && node.tagName !== 'dir')) return node
  return { ...node, tagName: 'ul' }
}

/** Inline nodes without the source's indentation at their ends (copies, never the page's nodes). */
function trimmed(nodes: readonly ElementContent[]): ElementContent[] {
  const out = [...nodes]
  const first = out[0]
  if (first?.type === 'text') out[0] = text(first.value.trimStart())
  const last = out[out.length - 1]
  if (last?.type === 'text') out[out.length - 1] = text(last.value.trimEnd())
  return out
}

/** What of a block goes to the output: all of it, its images only, or nothing. */
function share(
  page: Page,
  block: Block,
  drops: ReadonlyMap<number, Drop>,
): 'all' | 'media' | 'none' {
  // The title is its own field; an image above the headline is the article's.
  if (block.index === page.titleIndex) return 'media'
  const drop = drops.get(block.index)
  if (!drop) return 'all'
  // A dropped caption is in `captions`; its image stays in the article.
  return 'capture' in drop.verdict && drop.verdict.capture === 'caption' ? 'media' : 'none'
}

function originNodes(origin: Origin, part: 'all' | 'media'): ElementContent[] {
  const media = [...origin.media]
  if (origin.wrap === 'figure')
    return [element('figure', part === 'all' ? [...media, ...origin.nodes] : media)]
  if (part === 'media') return media
  if (origin.wrap === 'p') return [...media, element('p', trimmed(origin.nodes))]
  return [...media, ...origin.nodes.map(renamed)]
}

/** The body of an HTML page: each kept block's nodes, in page order. */
function htmlBody(
  page: Page,
  origins: ReadonlyMap<number, Origin>,
  drops: ReadonlyMap<number, Drop>,
): Root {
  const children: ElementContent[] = []
  for (const block of page.blocks) {
    const origin = origins.get(block.index)
    const part = share(page, block, drops)
    if (!origin || part === 'none') continue
    for (const node of originNodes(origin, part)) children.push(node, text('\n'))
  }
  return root(children)
}

/** Lines of a block as text with `<br>` between them. */
function lines(value: string): ElementContent[] {
  const out: ElementContent[] = []
  for (const line of value.split('\n')) {
    if (out.length > 0) out.push(element('br', []))
    out.push(text(line))
  }
  return out
}

function textNode(block: Block): Element {
  switch (block.type) {
    case 'heading':
      return element(`h${Math.min(6, Math.max(1, block.level || 2))}`, [text(block.text)])
    case 'quote':
      return element('blockquote', [element('p', lines(block.text))])
    case 'code':
      return element('pre', [element('code', [text(block.text)])])
    default:
      return element('p', lines(block.text))
  }
}

/** A numbered item's number, which plain text keeps in the item ("3. Water twice a week"). */
const NUMBERED = /^(\d{1,3})[.)]\s+/

/** The body of a text page: paragraphs, headings, bulleted and numbered lines as lists. */
function textBody(page: Page, drops: ReadonlyMap<number, Drop>): Root {
  const children: ElementContent[] = []
  let list: Element | null = null
  // The number the next item of an open numbered list would carry.
  let next = 0
  for (const block of page.blocks) {
    if (share(page, block, drops) !== 'all') continue
    if (block.type === 'list') {
      for (const item of block.items ?? [block.text]) {
        const marker = NUMBERED.exec(item)
        const number = marker ? Number(marker[1]) : 0
        // A numbered item opens an `<ol>` unless it follows on from the open one.
        const opens = marker ? list?.tagName !== 'ol' || number !== next : list?.tagName !== 'ul'
        if (!list || opens) {
          list = element(marker ? 'ol' : 'ul', [])
          if (number > 1) list.properties = { start: number }
          children.push(list, text('\n'))
        }
        next = number + 1
        list.children.push(element('li', [text(marker ? item.slice(marker[0].length) : item)]))
      }
      continue
    }
    list = null
    children.push(textNode(block), text('\n'))
  }
  return root(children)
}

/** The kept body of a page as an unsanitized hast tree. */
export function bodyTree(page: Page, drops: ReadonlyMap<number, Drop>): Root {
  return page.origins ? htmlBody(page, page.origins, drops) : textBody(page, drops)
}
