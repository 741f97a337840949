/**
 * The page as visible lines, in document order, as a reader sees it: a new
 * line at every block element. Bylines and datelines are looked for in the
 * lines around the headline.
 */

import type { Element, ElementContent, Root } from 'hast'
import { isSpace } from '../features.js'
import { BLOCK_TAGS } from '../html/block-tags.js'
import { attr, hasHintAttributes, tokensOf } from '../html/hast.js'

export interface Line {
  readonly text: string
  /** Class, id, role and itemprop tokens of the line's element and up to three ancestors. */
  readonly hints: readonly string[]
  /** Heading level of the line's element (1–6), else 0. */
  readonly heading: number
  /** `datetime` values of `<time>` elements on the line. */
  readonly datetimes: readonly string[]
  /** The line sits in `<article>`, `<main>` or a `role=main` element. */
  readonly inMain: boolean
  /** The block element that holds the line. */
  readonly element: Element | null
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
  'select',
  'option',
  'iframe',
  'object',
  'button',
  'textarea',
  'input',
  'canvas',
  'video',
  'audio',
  'math',
])

/** Inline elements that may split a word; every other inline element is a word break. */
const TIGHT = new Set([
  'b',
  'i',
  'em',
  'strong',
  'sup',
  'sub',
  'mark',
  'small',
  'u',
  'abbr',
  's',
  'font',
])

const MAX_LINES = 6000

const HEADING_LEVEL: Readonly<Record<string, number>> = { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6 }
const NO_DATETIMES: readonly string[] = Object.freeze([])

/**
 * The block element text is being gathered for, and whose tokens it adds to
 * the hints above it: its own for a block element, an inline element's
 * within a block. Hints are built only for the few lines that are read.
 */
class Frame {
  private built: readonly string[] | null = null
  constructor(
    readonly element: Element,
    readonly inMain: boolean,
    private readonly above: Frame | null,
    private readonly source: Element | null,
  ) {}

  get hints(): readonly string[] {
    if (this.built) return this.built
    const parent = this.above ? this.above.hints : []
    const tokens = this.source ? tokensOf(this.source) : []
    this.built = tokens.length > 0 ? [...tokens, ...parent].slice(0, 24) : parent
    return this.built
  }
}

/** A line; its hints are its frame's, built when first read. */
class PageLine implements Line {
  constructor(
    readonly text: string,
    private readonly frame: Frame,
    readonly heading: number,
    readonly datetimes: readonly string[],
  ) {}
  get hints(): readonly string[] {
    return this.frame.hints
  }
  get inMain(): boolean {
    return this.frame.inMain
  }
  get element(): Element {
    return this.frame.element
  }
}

/** The visible lines of a page (hidden elements are skipped). */
export function pageLines(root: Root): Line[] {
  const lines: Line[] = []
  // The line so far with its whitespace collapsed (as `/\s+/` to one space,
  // trimmed), and whether whitespace followed its last character: text is
  // collapsed node by node, not as one long string at the end of the line.
  let text = ''
  let space = false
  let datetimes: string[] = []
  let owner: Frame | null = null
  const flush = () => {
    if (text !== '' && owner) {
      const tag = owner.element.tagName
      const heading =
        tag.length === 2 && tag[0] === 'h' ? (HEADING_LEVEL[tag[1] as string] ?? 0) : 0
      lines.push(
        new PageLine(text, owner, heading, datetimes.length > 0 ? datetimes : NO_DATETIMES),
      )
    }
    text = ''
    space = false
    if (datetimes.length > 0) datetimes = []
  }
  const add = (value: string) => {
    let start = 0
    let end = value.length
    while (start < end && isSpace(value.charCodeAt(start))) start++
    if (start === end) {
      // Whitespace alone; an empty text node (a hast tree given as input) is nothing.
      if (end > 0) space = true
      return
    }
    while (isSpace(value.charCodeAt(end - 1))) end--
    let part = start > 0 || end < value.length ? value.slice(start, end) : value
    if (RUN.test(part)) part = part.replace(SPACES, ' ')
    text = text === '' ? part : space || start > 0 ? `${text} ${part}` : text + part
    space = end < value.length
  }
  const body = new Frame(
    { type: 'element', tagName: 'body', properties: {}, children: [] },
    false,
    null,
    null,
  )
  owner = body
  // The walk's stack: a node with the frame it is read in, or (node null) the
  // exit from a block, whose frame is then the owner again.
  const nodes: Array<ElementContent | null> = []
  const frames: Frame[] = []
  for (let i = root.children.length - 1; i >= 0; i--) {
    const node = root.children[i] as ElementContent
    if (node.type === 'element' || node.type === 'text') {
      nodes.push(node)
      frames.push(body)
    }
  }
  while (nodes.length > 0 && lines.length < MAX_LINES) {
    const node = nodes.pop()
    const frame = frames.pop() as Frame
    if (!node) {
      flush()
      owner = frame
      continue
    }
    if (node.type === 'text') {
      add(node.value)
      continue
    }
    if (node.type !== 'element' || SKIP.has(node.tagName) || hidden(node)) continue
    if (node.tagName === 'time') {
      const dt = attr(node, 'dateTime')
      if (dt) datetimes.push(dt)
    }
    if (node.tagName === 'img' && text === '') continue
    // A line break ends a line as a block element does.
    const isBlock = BLOCK_TAGS.has(node.tagName) || node.tagName === 'br'
    let child = frame
    if (isBlock) {
      child = new Frame(
        node,
        frame.inMain ||
          node.tagName === 'article' ||
          node.tagName === 'main' ||
          attr(node, 'role') === 'main',
        frame,
        node,
      )
      flush()
      nodes.push(null)
      frames.push(owner as Frame)
      owner = child
    } else {
      // An inline element adds its tokens, if it has any, to the hints of blocks inside it.
      if (hasHintAttributes(node)) child = new Frame(frame.element, frame.inMain, frame, node)
      if (!TIGHT.has(node.tagName)) space = true
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      const c = node.children[i] as ElementContent
      if (c.type === 'element' || c.type === 'text') {
        nodes.push(c)
        frames.push(child)
      }
    }
  }
  flush()
  return lines
}

/** Whitespace that `/\s+/g` would not leave as it is: a run, or any but a plain space. */
const RUN = /\s\s|[^\S ]/
const SPACES = /\s+/g

function hidden(node: Element): boolean {
  const p = node.properties
  if (p.hidden === undefined && p.ariaHidden === undefined && p.style === undefined) return false
  // React streams server-rendered parts in hidden divs ("S:0") and moves them in place.
  if (node.properties.hidden !== undefined && node.properties.hidden !== false)
    return !/^S:\d+$/.test(attr(node, 'id'))
  if (attr(node, 'ariaHidden') === 'true') return true
  const style = attr(node, 'style').replace(/\s+/g, '').toLowerCase()
  return style.includes('display:none') || style.includes('visibility:hidden')
}
