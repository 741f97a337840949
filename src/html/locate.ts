/**
 * Find the element(s) holding the article: Readability's paragraph scoring
 * (facts from its published algorithm: 1 + commas + length/100 per
 * paragraph, spread to ancestors, class/id weights ±25, scaled by link
 * density), preceded by the strong container hints trafilatura tries first.
 */
import type { Element, Root } from 'hast'
import { hintsOf, isElement, mayHint, type Parent } from './hast.js'
import { reviewOf, reviewsWon } from './reviews.js'
import { joinPricedGrid } from './shop-grid.js'
import { type Stats, statsOf } from './stats.js'
import { preferGrid, widen } from './widen.js'

/** Containers that name themselves as the article body. */
export const STRONG: ReadonlySet<string> = new Set([
  'articlebody',
  'entry-content',
  'post-content',
  'article-body',
  'article-content',
  'story-body',
  'post-body',
  'article__body',
  'article-text',
  'story-content',
  'postarticle',
  'post-entry',
  'td-post-content',
  'single-post-content',
  'articletext',
  'story-text',
  'rich-text',
])

/** A word every STRONG hint holds. */
export const STRONG_WORDS = /body|content|article|post|story|text/i

const POSITIVE = new Set([
  'article',
  'body',
  'content',
  'entry',
  'hentry',
  'h-entry',
  'main',
  'page',
  'post',
  'text',
  'blog',
  'story',
])
const NEGATIVE = new Set([
  'hidden',
  'banner',
  'combx',
  'comment',
  'comments',
  'com',
  'contact',
  'footer',
  'gdpr',
  'masthead',
  'media',
  'meta',
  'outbrain',
  'promo',
  'related',
  'scroll',
  'share',
  'shoutbox',
  'sidebar',
  'skyscraper',
  'sponsor',
  'shopping',
  'tags',
  'widget',
  'ad',
  'ads',
  'advert',
  'social',
  'nav',
  'menu',
  'breadcrumb',
  'newsletter',
  'popup',
  'modal',
  'cookie',
  'consent',
  'taboola',
  'author',
  'byline',
])

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote'])
const BLOCK_CHILD = new Set([
  'p',
  'div',
  'section',
  'article',
  'table',
  'ul',
  'ol',
  'dl',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'main',
  'header',
  'form',
])
const MIN_PARAGRAPH = 25
/** Share of the body's text under which the located content gives way to the body. */
const ESCALATE_BELOW = 0.3
/** Readability's ±25 class weight and ±5 tag base, as factors: +30 → ×1.6, −25 → ×0.5. */
const HINT_SCALE = 50
const MIN_FACTOR = 0.1

function tagBase(tag: string): number {
  switch (tag) {
    case 'div':
    case 'article':
    case 'section':
    case 'main':
      return 5
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5
    default:
      return 0
  }
}

function classWeight(node: Element): number {
  let weight = 0
  const hints = hintsOf(node)
  if (hints.some((h) => NEGATIVE.has(h))) weight -= 25
  if (hints.some((h) => POSITIVE.has(h))) weight += 25
  return weight
}

/** A div or section that holds only inline content acts as a paragraph. */
function isParagraphLike(node: Element): boolean {
  if (PARAGRAPH_TAGS.has(node.tagName)) return true
  if (node.tagName !== 'div' && node.tagName !== 'section') return false
  return !node.children.some((c) => isElement(c) && BLOCK_CHILD.has(c.tagName))
}

export interface Located {
  /** The article's containers, in document order (one, or the top one with joined siblings). */
  readonly containers: readonly Element[]
  /** True when a grid of like cards won over the scored prose: the page is a listing. */
  readonly grid: boolean
  /** Parent of every element of the document. */
  readonly parents: ReadonlyMap<Element, Parent>
}

function linkDensity(s: Stats): number {
  return s.text === 0 ? 0 : s.link / s.text
}

/** The first element naming itself the article body, with enough text to be it. */
function strongCandidate(
  root: Root,
  stats: ReadonlyMap<Element, Stats>,
  best: number,
): Element | null {
  let found: Element | null = null
  // Enough text to be the article: a real share of the best-scored container.
  const least = Math.max(200, best * 0.5)
  const stack: Element[] = []
  for (const child of root.children) if (isElement(child)) stack.push(child)
  while (stack.length > 0 && !found) {
    const node = stack.pop() as Element
    const s = statsOf(stats, node)
    // No element inside holds more text than this one: nothing below can be it.
    if (s.text < least) continue
    if (
      linkDensity(s) < 0.5 &&
      mayHint(node, STRONG_WORDS) &&
      hintsOf(node).some((h) => STRONG.has(h))
    )
      found = node
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]
      if (isElement(child)) stack.push(child)
    }
  }
  return found
}

/** How to locate: see `locate`. */
export interface LocateOptions {
  /** The whole body is the content (the lenient last pass). */
  readonly wholeBody?: boolean
  /**
   * The page may be a shop's category page (it declares no discussion): a
   * grid of priced cards joins the located content, and a located list of
   * customer reviews is scored again without them.
   */
  readonly shop?: boolean
}

export function locate(
  root: Root,
  stats: ReadonlyMap<Element, Stats>,
  { wholeBody = false, shop = false }: LocateOptions = {},
): Located {
  const parents = new Map<Element, Parent>()
  const body = findBody(root, parents)
  if (wholeBody && body) return { containers: [body], grid: false, parents }
  const first = scoreParagraphs(parents, stats, null)
  const strong = strongCandidate(root, stats, first.top ? statsOf(stats, first.top).text : 0)
  const scored = strong
    ? widen([strong], parents, stats)
    : (widenTop(first, parents, stats) ?? (body ? [body] : []))
  // A list of customer reviews won: the page scored again without their paragraphs.
  const content =
    (shop &&
      reviewsWon(scored, parents, stats) &&
      widenTop(
        scoreParagraphs(parents, stats, (node) => reviewOf(node, parents)),
        parents,
        stats,
      )) ||
    scored
  const withGrid = shop ? joinPricedGrid(content, parents, stats) : content
  const found = withGrid === content ? content : [...withGrid]
  const grid = preferGrid(found, parents, stats)
  const containers = escalate(grid ? [grid] : found, body, stats)
  const joined = found !== content && containers === found
  return { containers, grid: joined || (grid !== null && containers[0] === grid), parents }
}

/**
 * Readability's paragraph scores: each paragraph of 25 characters or more
 * gives 1 + commas + length/100 (at most 3) to its parent, half to the
 * grandparent, a sixth, a ninth and a twelfth further up; the hints then
 * scale each score and link density lowers it. Paragraphs `skip` names give
 * nothing.
 */
function scoreParagraphs(
  parents: ReadonlyMap<Element, Parent>,
  stats: ReadonlyMap<Element, Stats>,
  skip: ((node: Element) => unknown) | null,
): Scored {
  const scores = new Map<Element, number>()
  const addScore = (node: Element, value: number) => {
    scores.set(node, (scores.get(node) ?? 0) + value)
  }
  // Keys only: an entry would be a new array per element.
  for (const node of parents.keys()) {
    if (!isParagraphLike(node)) continue
    const s = statsOf(stats, node)
    if (s.text < MIN_PARAGRAPH) continue
    if (skip?.(node)) continue
    const score = 1 + s.commas + Math.min(Math.floor(s.text / 100), 3)
    let ancestor = parents.get(node)
    for (let level = 0; level < 5 && ancestor && ancestor.type === 'element'; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3
      addScore(ancestor, score / divider)
      ancestor = parents.get(ancestor)
    }
  }
  let top: Element | null = null
  let topScore = 0
  for (const [node, score] of scores) {
    // Tag and class hints scale the paragraph evidence instead of adding to it
    // (Readability adds them): an added +30 lets a 30-character "text-content"
    // div outscore the article.
    const hint = Math.max(MIN_FACTOR, 1 + (tagBase(node.tagName) + classWeight(node)) / HINT_SCALE)
    const final = score * hint * (1 - linkDensity(statsOf(stats, node)))
    scores.set(node, final)
    if (final > topScore) {
      topScore = final
      top = node
    }
  }
  return { scores, top, topScore }
}

interface Scored {
  readonly scores: ReadonlyMap<Element, number>
  readonly top: Element | null
  readonly topScore: number
}

/** The top-scored element with its scored siblings, widened (`widen`); null when nothing scored. */
function widenTop(
  { scores, top, topScore }: Scored,
  parents: ReadonlyMap<Element, Parent>,
  stats: ReadonlyMap<Element, Stats>,
): Element[] | null {
  return top ? widen(joinSiblings(top, topScore, parents, scores, stats), parents, stats) : null
}

/**
 * Recall escalation (rs-trafilatura's idea, our threshold): when the located
 * content holds under 30% of the text left in the body after pruning, the
 * page is not one article with chrome around it but a landing page, a
 * listing or a thread, and the whole pruned body is the better candidate;
 * the rules then judge its blocks. 0.3 sits on the plateau of a sweep of
 * 0.15–0.5 over wcxb-dev (docs/benchmarks.md).
 */
function escalate(
  found: readonly Element[],
  body: Element | null,
  stats: ReadonlyMap<Element, Stats>,
): readonly Element[] {
  if (!body) return found
  const total = statsOf(stats, body).text
  const located = found.reduce((sum, c) => sum + statsOf(stats, c).text, 0)
  return total > 0 && located < total * ESCALATE_BELOW ? [body] : found
}

/** Readability's sibling pass: related content split across siblings of the top candidate. */
function joinSiblings(
  top: Element,
  topScore: number,
  parents: ReadonlyMap<Element, Parent>,
  scores: ReadonlyMap<Element, number>,
  stats: ReadonlyMap<Element, Stats>,
): Element[] {
  const parent = parents.get(top)
  if (!parent) return [top]
  const threshold = Math.max(10, topScore * 0.2)
  const out: Element[] = []
  for (const sibling of parent.children) {
    if (!isElement(sibling)) continue
    if (sibling === top) {
      out.push(sibling)
      continue
    }
    const score = scores.get(sibling) ?? 0
    const s = statsOf(stats, sibling)
    const density = linkDensity(s)
    if (score >= threshold) out.push(sibling)
    else if (sibling.tagName === 'p' && s.text > 80 && density < 0.25) out.push(sibling)
    else if (sibling.tagName === 'p' && s.text > 0 && density === 0 && s.commas + 1 > 1)
      out.push(sibling)
  }
  return out
}

/** Record every element's parent and return `<body>`. */
function findBody(root: Root, parents: Map<Element, Parent>): Element | null {
  let body: Element | null = null
  // Elements still to visit and their parents, in two stacks (no pair per element).
  const stack: Element[] = []
  const above: Parent[] = []
  for (const child of root.children)
    if (isElement(child)) {
      stack.push(child)
      above.push(root)
    }
  while (stack.length > 0) {
    const node = stack.pop() as Element
    parents.set(node, above.pop() as Parent)
    if (node.tagName === 'body' && !body) body = node
    for (const child of node.children)
      if (isElement(child)) {
        stack.push(child)
        above.push(node)
      }
  }
  return body
}
