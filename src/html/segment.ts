/**
 * The article container(s) → blocks. Headings, paragraphs, lists, quotes,
 * code, tables and captions become one block each; runs of inline content
 * between block elements become paragraphs. Each block carries its tag path
 * and the class/id/role hints of its ancestors inside the container.
 */
import type { Element, ElementContent } from 'hast'
import { toText } from 'hast-util-to-text'
import {
  collapse,
  collapsedLength,
  countWords,
  stopwordDensity,
  withoutControls,
} from '../features.js'
import type { Block, BlockType } from '../types.js'
import {
  containsBlock,
  hasProseItems,
  isDataTable,
  itemsOf,
  plainItemTexts,
} from './block-shape.js'
import { BLOCK_TAGS } from './block-tags.js'
import { commonTokens } from './common-tokens.js'
import { isElement, tokensOf } from './hast.js'
import { hasMedia, type Origin } from './origin.js'
import { type Stats, statsOf } from './stats.js'

const HEADING = /^h([1-6])$/
const NO_HINTS: readonly string[] = Object.freeze([])
/**
 * Where a block element sits: its hints, whether it is located, and its tag
 * path, built from the parent's only when a block is emitted under it (most
 * elements emit none), then shared by every block emitted under it.
 */
class Scope {
  private built: readonly string[] | null = null
  constructor(
    private readonly above: Scope | null,
    private readonly tag: string,
    readonly hints: readonly string[],
    readonly located: boolean,
  ) {}

  get path(): readonly string[] {
    this.built ??= Object.freeze(this.above ? [...this.above.path, this.tag] : [this.tag])
    return this.built
  }
}

interface Run {
  text: string
  link: number
  /** The inline nodes the run was read from (for `Origin`). */
  nodes: ElementContent[]
}

const newRun = (): Run => ({ text: '', link: 0, nodes: [] })

class Segmenter {
  readonly blocks: Block[] = []
  /** Block index → the hast nodes it came from; kept apart from the frozen blocks. */
  readonly origins = new Map<number, Origin>()
  /** Images met in runs without text, waiting for the next block. */
  private media: ElementContent[] = []
  /** Words of located prose emitted so far: the article has started once there are some. */
  private locatedWords = 0
  constructor(
    private readonly lang: string | null,
    private readonly containers: ReadonlySet<Element>,
    private readonly stats: ReadonlyMap<Element, Stats>,
    /** Above this many characters, an element inside the content passes no hints down. */
    private readonly hintLimit: number,
    /** Tokens carried by elements that together hold that much text (`commonTokens`). */
    private readonly common: ReadonlySet<string>,
  ) {}

  emit(
    type: BlockType,
    raw: string,
    link: number,
    level: number,
    scope: Scope,
    tag: string,
    nodes: readonly ElementContent[],
    wrap: Origin['wrap'],
    items?: readonly string[],
  ): void {
    const text =
      type === 'code'
        ? codeText(raw)
        : type === 'list' || type === 'table' || type === 'quote'
          ? lines(raw)
          : collapse(raw)
    if (text === '') {
      // An element with an image and no text: the image waits for the next block.
      this.media.push(...nodes.filter(hasMedia))
      return
    }
    const words = countWords(text)
    if (scope.located && type === 'paragraph') this.locatedWords += words
    const index = this.blocks.length
    // Frozen as built (the path and hints lists are frozen where they are made):
    // cheaper than a generic deep freeze of the finished list.
    const source = Object.freeze({
      kind: 'html',
      tag,
      path: scope.path,
      hints: scope.hints,
      located: scope.located,
    } as const)
    const linkDensity = text.length === 0 ? 0 : Math.min(1, link / text.length)
    const stopwords = stopwordDensity(text, this.lang)
    const block: Block =
      items && items.length > 0
        ? {
            type,
            text,
            level,
            words,
            linkDensity,
            stopwordDensity: stopwords,
            index,
            source,
            items: Object.freeze(items),
          }
        : { type, text, level, words, linkDensity, stopwordDensity: stopwords, index, source }
    this.blocks.push(Object.freeze(block))
    this.origins.set(index, { media: this.media, nodes, wrap })
    this.media = []
  }

  /** Visit an element that holds block content. */
  container(node: Element, scope: Scope): void {
    let run = newRun()
    let breaks = 0
    const flush = () => {
      // Nothing read since the last block (the run's text is empty then too).
      if (run.nodes.length === 0) return
      if (NOT_SPACE.test(run.text)) {
        this.emit('paragraph', run.text, run.link, 0, scope, node.tagName, run.nodes, 'p')
        run = newRun()
        return
      }
      // White space between blocks: its nodes are no block's, so the run is emptied for reuse.
      for (const n of run.nodes) if (hasMedia(n)) this.media.push(n)
      run.text = ''
      run.link = 0
      run.nodes.length = 0
    }
    for (const child of node.children) {
      if (child.type === 'text') {
        if (NOT_SPACE.test(child.value)) breaks = 0
        run.text += child.value
        run.nodes.push(child)
      } else if (isElement(child)) {
        if (child.tagName === 'br') {
          // Two line breaks in a row separate paragraphs, as in many CMS bodies.
          breaks++
          if (breaks >= 2) flush()
          else {
            run.text += '\n'
            run.nodes.push(child)
          }
        } else if (BLOCK_TAGS.has(child.tagName) || containsBlock(child)) {
          flush()
          breaks = 0
          this.element(child, scope)
        } else {
          breaks = 0
          inline(child, run, false)
          run.nodes.push(child)
        }
      }
    }
    flush()
  }

  /** The element's tokens but the common ones (its own shared list when none is common). */
  private ownTokens(node: Element): readonly string[] {
    const tokens = tokensOf(node)
    if (this.common.size === 0 || !tokens.some((token) => this.common.has(token))) return tokens
    return tokens.filter((token) => !this.common.has(token))
  }

  /** Visit any block-level element. */
  element(node: Element, parent: Scope): void {
    const tag = node.tagName
    const located = parent.located || this.containers.has(node)
    // Hints of the content container say nothing about its blocks; nor do those
    // of a wrapper holding most of the content ("author-content", "post-comments-wrap"):
    // a boilerplate box is a small part of the article (trafilatura undoes pruning
    // that removes too much for the same reason).
    // A large element that starts after the article has started is a section
    // after it (a long comment thread), not a wrapper of it: its hints count.
    const wrapper =
      statsOf(this.stats, node).text > this.hintLimit && this.locatedWords < STARTED_WORDS
    const own = this.containers.has(node) || wrapper ? [] : this.ownTokens(node)
    // An element without hints of its own shares its parent's list (no copy).
    const hints = own.length === 0 ? parent.hints : Object.freeze([...own, ...parent.hints])
    const scope = new Scope(parent, tag, hints, located)
    const heading = HEADING.exec(tag)
    if (heading) return this.leaf('heading', node, scope, Number(heading[1]))
    switch (tag) {
      case 'p':
      case 'dt':
      case 'dd':
      case 'figcaption':
      case 'caption':
      case 'summary':
      case 'address':
        if (containsBlock(node)) return this.container(node, scope)
        return this.leaf(
          tag === 'figcaption' || tag === 'caption' ? 'figure' : 'paragraph',
          node,
          scope,
          0,
        )
      case 'pre':
        return this.emit('code', toText(node), 0, 0, scope, tag, [node], null)
      case 'ul':
      case 'ol':
      case 'dl':
      case 'menu':
        return this.list(node, scope)
      case 'blockquote':
        return this.leaf('quote', node, scope, 0)
      case 'table':
        return isDataTable(node) ? this.leaf('table', node, scope, 0) : this.container(node, scope)
      case 'hr':
        return
      default:
        return this.container(node, scope)
    }
  }

  /** A block whose whole text is one unit. */
  leaf(type: BlockType, node: Element, scope: Scope, level: number): void {
    const run = newRun()
    // Quotes and tables keep their line structure, which innerText gives (the run measures links only).
    const lined = type === 'quote' || type === 'table'
    inline(node, run, false, !lined)
    const text = lined ? toText(node) : run.text
    // Paragraph-like elements that are not paragraphs (dt, caption, summary…) are written as `<p>`.
    const own = type === 'heading' || type === 'quote' || type === 'table' || node.tagName === 'p'
    const figure = node.tagName === 'figcaption'
    this.emit(
      type,
      text,
      run.link,
      level,
      scope,
      node.tagName,
      own || figure ? [node] : node.children,
      own ? null : figure ? 'figure' : 'p',
    )
  }

  /** A list is one block, its items on separate lines; a list of long items is prose and splits. */
  list(node: Element, scope: Scope): void {
    if (hasProseItems(node)) return this.container(node, scope)
    const run = newRun()
    // The run measures links only: the text is read item by item.
    inline(node, run, false, false)
    const texts = plainItemTexts(node)
    const items =
      texts === null ? itemsOf(node) : texts.map((t) => collapse(t)).filter((t) => t !== '')
    const raw = texts === null ? toText(node) : texts.join('\n')
    this.emit('list', raw, run.link, 0, scope, node.tagName, [node], null, items)
  }
}

/** Collect inline text (unless `withText` is false) and link-text length. */
function inline(node: Element, run: Run, inLink: boolean, withText = true): void {
  // Nodes still to read and whether each is inside a link, in two stacks (no pair per node).
  const stack: ElementContent[] = []
  const links: boolean[] = []
  for (let i = node.children.length - 1; i >= 0; i--) {
    stack.push(node.children[i] as ElementContent)
    links.push(inLink || node.tagName === 'a')
  }
  while (stack.length > 0) {
    const child = stack.pop() as ElementContent
    const linked = links.pop() as boolean
    if (child.type === 'text') {
      if (withText) run.text += child.value
      if (linked) run.link += collapsedLength(child.value)
    } else if (isElement(child)) {
      if (child.tagName === 'br') {
        if (withText) run.text += '\n'
        continue
      }
      if (withText && BLOCK_TAGS.has(child.tagName)) run.text += '\n'
      const isLink = linked || child.tagName === 'a'
      for (let i = child.children.length - 1; i >= 0; i--) {
        stack.push(child.children[i] as ElementContent)
        links.push(isLink)
      }
    }
  }
}

/** Anything but white space (as `trim` reads it), found without copying the string. */
const NOT_SPACE = /\S/

/**
 * Code as written, less its control characters, its leading blank lines,
 * each line's trailing spaces and its odd spaces (no-break and the like, as
 * plain spaces).
 */
function codeText(raw: string): string {
  return withoutControls(raw)
    .replace(/^\n+/, '')
    .replace(/[^\S \t\n]/g, ' ')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trimEnd()
}

/** Collapse each line, drop empty lines. */
function lines(raw: string): string {
  return raw
    .split('\n')
    .map((l) => collapse(l))
    .filter((l) => l !== '')
    .join('\n')
}

/** Located paragraph words after which the article has started. */
const STARTED_WORDS = 100
/** A wrapper with more than this share of the content's text passes no hints down… */
const HINT_SHARE = 0.4
/**
 * …unless it is this small anyway. The same limit makes a class token common
 * (`commonTokens`). 800 measured better than 1,500 or 3,000 on wcxb-dev.
 */
const HINT_MIN = 800

/**
 * Segment the article scope into blocks, marking those inside the located
 * containers. The scope's own hints are left out, like the containers'.
 */
export function segmentHtml(
  scope: Element,
  containers: readonly Element[],
  lang: string | null,
  stats: ReadonlyMap<Element, Stats>,
): { blocks: Block[]; origins: ReadonlyMap<number, Origin> } {
  const set = new Set(containers)
  const content = containers.reduce((sum, c) => sum + statsOf(stats, c).text, 0)
  const limit = Math.max(HINT_MIN, content * HINT_SHARE)
  const common = commonTokens(scope, stats, limit)
  const segmenter = new Segmenter(lang, set, stats, limit, common)
  segmenter.container(scope, new Scope(null, scope.tagName, NO_HINTS, set.has(scope)))
  // Each block is frozen as it is made (`emit`); the list is frozen here.
  return { blocks: Object.freeze(segmenter.blocks) as Block[], origins: segmenter.origins }
}
