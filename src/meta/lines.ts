/**
 * The page as visible lines, in document order, as a reader sees it: a new
 * line at every block element. Bylines and datelines are looked for in the
 * lines around the headline.
 */

import type { Element } from 'hast'
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
export class Frame {
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

/**
 * The visible lines of a page, built as a walk in document order reports
 * each node (`src/meta/page-walk.ts`, which reads the metadata sources in
 * the same walk): `text` for a text node, `open` for an element, `close`
 * when the walk leaves a block element.
 */
export class LineBuilder {
  readonly lines: Line[] = []
  /** The frame of the page's top level. */
  readonly body = new Frame(
    { type: 'element', tagName: 'body', properties: {}, children: [] },
    false,
    null,
    null,
  )
  /**
   * After `open` entered a block element: the frame to give `close` when
   * the walk leaves it (the block whose text was gathered before); else null.
   */
  exit: Frame | null = null
  // The line so far with its whitespace collapsed (as `/\s+/` to one space,
  // trimmed), and whether whitespace followed its last character: text is
  // collapsed node by node, not as one long string at the end of the line.
  private line = ''
  private space = false
  private datetimes: string[] = []
  private owner: Frame = this.body

  /** No more lines are read past MAX_LINES. */
  get full(): boolean {
    return this.lines.length >= MAX_LINES
  }

  private flush(): void {
    if (this.line !== '') {
      const tag = this.owner.element.tagName
      const heading =
        tag.length === 2 && tag[0] === 'h' ? (HEADING_LEVEL[tag[1] as string] ?? 0) : 0
      const datetimes = this.datetimes.length > 0 ? this.datetimes : NO_DATETIMES
      this.lines.push(new PageLine(this.line, this.owner, heading, datetimes))
    }
    this.line = ''
    this.space = false
    if (this.datetimes.length > 0) this.datetimes = []
  }

  /** A text node. */
  text(value: string): void {
    let start = 0
    let end = value.length
    while (start < end && isSpace(value.charCodeAt(start))) start++
    if (start === end) {
      // Whitespace alone; an empty text node (a hast tree given as input) is nothing.
      if (end > 0) this.space = true
      return
    }
    while (isSpace(value.charCodeAt(end - 1))) end--
    let part = start > 0 || end < value.length ? value.slice(start, end) : value
    if (RUN.test(part)) part = part.replace(SPACES, ' ')
    const line = this.line
    this.line = line === '' ? part : this.space || start > 0 ? `${line} ${part}` : line + part
    this.space = end < value.length
  }

  /**
   * An element read in `frame`: the frame its children are read in, or null
   * when they are not read (hidden, not shown as text). Sets `exit`.
   */
  open(node: Element, frame: Frame): Frame | null {
    this.exit = null
    if (SKIP.has(node.tagName) || hidden(node)) return null
    if (node.tagName === 'time') {
      const dt = attr(node, 'dateTime')
      if (dt) this.datetimes.push(dt)
    }
    if (node.tagName === 'img' && this.line === '') return null
    // A line break ends a line as a block element does.
    if (BLOCK_TAGS.has(node.tagName) || node.tagName === 'br') {
      const child = new Frame(
        node,
        frame.inMain ||
          node.tagName === 'article' ||
          node.tagName === 'main' ||
          attr(node, 'role') === 'main',
        frame,
        node,
      )
      this.flush()
      this.exit = this.owner
      this.owner = child
      return child
    }
    // An inline element adds its tokens, if it has any, to the hints of blocks inside it.
    if (!TIGHT.has(node.tagName)) this.space = true
    return hasHintAttributes(node) ? new Frame(frame.element, frame.inMain, frame, node) : frame
  }

  /** The walk leaves a block element: `exit` as `open` gave it. */
  close(exit: Frame): void {
    this.flush()
    this.owner = exit
  }

  /** The lines, once the walk is over. */
  finish(): Line[] {
    this.flush()
    return this.lines
  }
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
