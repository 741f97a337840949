/**
 * Every metadata source of the parsed page, element by element as the page
 * walk (`page-walk.ts`) gives them: `<meta>`
 * values, `<title>`, `<html lang>`, links, JSON-LD scripts, microdata, `<time>`
 * elements, headline candidates and byline elements.
 */
import type { Element } from 'hast'
import { collapse } from '../features.js'
import { attr, hasHint, hasHintAttributes, hintsOf, mayHint, rawText } from '../html/hast.js'
import { HINT_WORDS } from '../html/worded.js'
import {
  hiddenUp,
  inItemScope,
  isHomeLink,
  isProductScope,
  itemScopeOf,
  siteLike,
} from './element-tests.js'
import { headingText } from './heading-text.js'
import type { HeadingCandidate } from './headline.js'
import { parseLd } from './json-ld.js'
import { metaKeys, unescapeTwice } from './meta-value.js'
import { emptyMicrodata, type Microdata, readItemProps } from './microdata.js'

export interface Collected {
  /** Every `<meta>` value by lower-case key, in document order. */
  meta: Map<string, string[]>
  titleTag: string | null
  htmlLang: string | null
  canonical: string | null
  imageLink: string | null
  jsonLd: unknown[]
  micro: Microdata
  /** The article-typed itemscopes the microdata came from. */
  scopes: Set<Element>
  /** Microdata item scopes typed `Product` or `ProductGroup`. */
  productItems: number
  headings: HeadingCandidate[]
  authorLink: string | null
  bylineElement: string | null
  pubTime: string | null
  /** Texts of links to the home page (the site's name, usually). */
  homeLinks: string[]
  /** Every `<noscript>` not inside another, with its parent (null: the root), for prune. */
  noscripts: Array<[Element | null, Element]>
}

const BYLINE_HINTS = new Set([
  'byline',
  'author',
  'author-name',
  'by-author',
  'post-author',
  'article-author',
  'entry-author',
  'writer',
])
/** A word every byline hint holds. */
const BYLINE_WORDS = /author|byline|writer/i
const HEADLINE_HINTS = new Set([
  'entry-title',
  'post-title',
  'article-title',
  'headline',
  'article-headline',
  'page-title',
  'product-title',
  'product_title',
  'product-name',
  'story-title',
  'blog-title',
  'blog-post-title',
])
/** A word every headline hint holds. */
const HEADLINE_WORDS = /title|headline|name/i
/** Elements other than h1/h2 that may hold a headline by their hints. */
const HEADLINE_TAGS = new Set(['div', 'span', 'p', 'h3', 'header', 'a'])
const PUBTIME_HINTS =
  /^(?:published|pubdate|post-date|entry-date|publish-date|date-published|article-date|posted-on)$/

/** Reads the metadata sources of each element a walk in document order gives it. */
export interface Collector {
  readonly collected: Collected
  /** Read an element at `depth` (0 at the top); false when its children need not be read. */
  enter(node: Element, depth: number): boolean
}

/**
 * `worded`: the elements whose hint attributes hold a byline or headline
 * word, as the conversion found them (any superset will do); without it
 * each hinted element is tested.
 */
export function collector(worded?: ReadonlySet<Element>): Collector {
  const c: Collected = {
    meta: new Map(),
    titleTag: null,
    htmlLang: null,
    canonical: null,
    imageLink: null,
    jsonLd: [],
    micro: emptyMicrodata(),
    scopes: new Set(),
    productItems: 0,
    headings: [],
    authorLink: null,
    bylineElement: null,
    pubTime: null,
    homeLinks: [],
    noscripts: [],
  }
  // The visited element's ancestors, outermost first, and whether each is (in) the main content.
  const path: Element[] = []
  const mains: boolean[] = []
  const visit = (node: Element, main: boolean): boolean | undefined => {
    // Most elements have no class, id, role or itemprop: no itemprop, headline or byline hint.
    const hinted = hasHintAttributes(node)
    // One test before the headline and byline ones: most hinted elements are neither.
    const mayName = hinted && (worded ? worded.has(node) : mayHint(node, HINT_WORDS))
    if (isProductScope(node)) c.productItems++
    if (hinted && attr(node, 'itemProp') !== '') {
      const scope = itemScopeOf(path)
      if (scope) {
        c.scopes.add(scope)
        readItemProps(node, c.micro)
      }
    }
    switch (node.tagName) {
      case 'html':
        c.htmlLang = attr(node, 'lang') || attr(node, 'xmlLang') || null
        break
      case 'title':
        c.titleTag ??= collapse(unescapeTwice(rawText(node)))
        return false
      case 'meta': {
        const property = attr(node, 'property')
        const keys = property
          ? metaKeys(property)
          : metaKeys(
              attr(node, 'name') ||
                // An itemprop inside an itemscope belongs to that item (read as microdata).
                (inItemScope(path) ? '' : attr(node, 'itemProp')) ||
                attr(node, 'httpEquiv'),
              false,
            )
        const value = attr(node, 'content')
        if (value.trim())
          for (const key of keys) {
            const list = c.meta.get(key) ?? []
            if (list.length < 30) list.push(collapse(unescapeTwice(value)))
            c.meta.set(key, list)
          }
        return false
      }
      case 'link': {
        const rel = attr(node, 'rel').toLowerCase().split(/\s+/)
        if (rel.includes('canonical')) c.canonical ??= attr(node, 'href') || null
        if (rel.includes('image_src')) c.imageLink ??= attr(node, 'href') || null
        return false
      }
      case 'script':
        if (attr(node, 'type').toLowerCase() === 'application/ld+json')
          c.jsonLd.push(parseLd(rawText(node)))
        return false
      case 'noscript':
        c.noscripts.push([path[path.length - 1] ?? null, node])
        return false
      case 'style':
      case 'template':
        return false
      case 'time':
        if (
          c.pubTime === null &&
          (node.properties.pubdate !== undefined ||
            hintsOf(node).some((h) => PUBTIME_HINTS.test(h)))
        )
          c.pubTime = attr(node, 'dateTime') || collapse(rawText(node)) || null
        break
      case 'h1':
      case 'h2': {
        const named =
          mayName &&
          ((mayHint(node, HEADLINE_WORDS) && hasHint(node, HEADLINE_HINTS)) ||
            /headline/i.test(attr(node, 'itemProp')))
        addHeading(c, node, path, node.tagName === 'h1' ? 1 : named ? 2 : 3, main)
        return false
      }
      default:
        if (
          mayName &&
          HEADLINE_TAGS.has(node.tagName) &&
          (/headline/i.test(attr(node, 'itemProp')) ||
            (mayHint(node, HEADLINE_WORDS) && hasHint(node, HEADLINE_HINTS)))
        )
          addHeading(c, node, path, 2, main)
        break
    }
    if (isHomeLink(node) && c.homeLinks.length < 10) {
      const text = collapse(rawText(node))
      if (text !== '' && text.length <= 60) c.homeLinks.push(text)
    }
    if (
      node.tagName === 'a' &&
      c.authorLink === null &&
      node.properties.rel !== undefined &&
      attr(node, 'rel').toLowerCase().split(/\s+/).includes('author')
    )
      c.authorLink = collapse(rawText(node)) || null
    if (
      mayName &&
      c.bylineElement === null &&
      mayHint(node, BYLINE_WORDS) &&
      hasHint(node, BYLINE_HINTS)
    ) {
      const text = collapse(rawText(node))
      if (text.length > 1 && text.length <= 120) c.bylineElement = text
    }
    return undefined
  }
  return {
    collected: c,
    enter(node: Element, depth: number): boolean {
      // Back up to the parent (popping: cheaper than setting the lengths).
      while (path.length > depth) path.pop()
      while (mains.length > depth) mains.pop()
      const main =
        (depth > 0 && mains[depth - 1] === true) ||
        node.tagName === 'article' ||
        node.tagName === 'main' ||
        (node.properties.role !== undefined && attr(node, 'role') === 'main')
      if (visit(node, main) === false) {
        // The walk does not go down here: the noscripts below (in a heading) are looked for now.
        if (node.tagName !== 'noscript' && node.children.length > 0) noscriptsIn(node, c.noscripts)
        return false
      }
      path.push(node)
      mains.push(main)
      return true
    },
  }
}

/** The `<noscript>` elements under `node` (not inside another), with their parents. */
function noscriptsIn(node: Element, into: Array<[Element | null, Element]>): void {
  const stack: Element[] = [node]
  while (stack.length > 0) {
    const parent = stack.pop() as Element
    for (const child of parent.children)
      if (child.type === 'element') {
        if (child.tagName === 'noscript') into.push([parent, child])
        else stack.push(child)
      }
  }
}

function addHeading(
  c: Collected,
  node: Element,
  path: readonly Element[],
  rank: number,
  main: boolean,
): void {
  if (c.headings.length >= 80 || hiddenUp(node, path)) return
  const text = headingText(node)
  if (text === '') return
  c.headings.push({ text, rank, inMain: main, siteLike: siteLike(node, path, text), element: node })
}
