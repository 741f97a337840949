/**
 * One walk over the parsed page collecting every metadata source: `<meta>`
 * values, `<title>`, `<html lang>`, links, JSON-LD scripts, microdata, `<time>`
 * elements, headline candidates and byline elements.
 */
import type { Element, Root } from 'hast'
import { collapse } from '../features.js'
import { attr, hintsOf, rawText, tokensOf, walkElements } from '../html/hast.js'
import { type HeadingCandidate, headingText } from './headline.js'
import { parseLd } from './json-ld.js'
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
  headings: HeadingCandidate[]
  authorLink: string | null
  bylineElement: string | null
  pubTime: string | null
  /** Texts of links to the home page (the site's name, usually). */
  homeLinks: string[]
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
const SITE_HINTS = /^(?:logo|site-title|site-name|sitename|brand|navbar-brand|site-logo|masthead)$/
const PUBTIME_HINTS =
  /^(?:published|pubdate|post-date|entry-date|publish-date|date-published|article-date|posted-on)$/

export function collect(root: Root): Collected {
  const c: Collected = {
    meta: new Map(),
    titleTag: null,
    htmlLang: null,
    canonical: null,
    imageLink: null,
    jsonLd: [],
    micro: emptyMicrodata(),
    scopes: new Set(),
    headings: [],
    authorLink: null,
    bylineElement: null,
    pubTime: null,
    homeLinks: [],
  }
  walkElements(root, (node, parent) => {
    // Ancestors that make a heading the site's rather than the article's.
    parentOf.set(node, parent)

    const main =
      (parent.type === 'element' && mainOf.get(parent) === true) ||
      node.tagName === 'article' ||
      node.tagName === 'main' ||
      attr(node, 'role') === 'main'
    if (main) mainOf.set(node, true)
    if (attr(node, 'itemProp') !== '') {
      const scope = itemScopeOf(node)
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
        const key = (
          attr(node, 'property') ||
          attr(node, 'name') ||
          // An itemprop inside an itemscope belongs to that item (read as microdata).
          (inItemScope(node) ? '' : attr(node, 'itemProp')) ||
          attr(node, 'httpEquiv')
        ).toLowerCase()
        const value = attr(node, 'content')
        if (key && value.trim()) {
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
      case 'style':
      case 'noscript':
      case 'template':
        return false
      case 'time':
        if (
          c.pubTime === null &&
          (node.properties.pubDate !== undefined ||
            hintsOf(node).some((h) => PUBTIME_HINTS.test(h)))
        )
          c.pubTime = attr(node, 'dateTime') || collapse(rawText(node)) || null
        break
      case 'h1':
      case 'h2': {
        const hinted =
          hintsOf(node).some((h) => HEADLINE_HINTS.has(h)) ||
          /headline/i.test(attr(node, 'itemProp'))
        addHeading(c, node, node.tagName === 'h1' ? 1 : hinted ? 2 : 3, main)
        return false
      }
      default:
        if (
          /headline/i.test(attr(node, 'itemProp')) ||
          hintsOf(node).some((h) => HEADLINE_HINTS.has(h))
        ) {
          if (/^(?:div|span|p|h3|header|a)$/.test(node.tagName)) addHeading(c, node, 2, main)
        }
        break
    }
    if (isHomeLink(node) && c.homeLinks.length < 10) {
      const text = collapse(rawText(node))
      if (text !== '' && text.length <= 60) c.homeLinks.push(text)
    }
    if (
      node.tagName === 'a' &&
      c.authorLink === null &&
      attr(node, 'rel').toLowerCase().split(/\s+/).includes('author')
    )
      c.authorLink = collapse(rawText(node)) || null
    if (c.bylineElement === null && hintsOf(node).some((h) => BYLINE_HINTS.has(h))) {
      const text = collapse(rawText(node))
      if (text.length > 1 && text.length <= 120) c.bylineElement = text
    }
    return undefined
  })
  return c
}

const parentOf = new WeakMap<Element, Root | Element>()

/** A heading in the site's chrome: in a nav, a logo or brand element, or a link home (3 levels up). */
function siteLike(node: Element): boolean {
  let el: Root | Element | undefined = node
  for (let depth = 0; depth < 4 && el && el.type === 'element'; depth++) {
    if (el.tagName === 'nav' || isHomeLink(el) || hintsOf(el).some((h) => SITE_HINTS.test(h)))
      return true
    el = parentOf.get(el)
  }
  return false
}
const mainOf = new WeakMap<Element, boolean>()

function isHomeLink(node: Element): boolean {
  if (node.tagName !== 'a') return false
  const href = attr(node, 'href').replace(/^https?:\/\/[^/]+/i, '')
  return href === '/' || href === '' || href === './' || href === '/index.html'
}

const ARTICLE_ITEMTYPE =
  /(?:Article|BlogPosting|Posting|Report|WebPage|Question|Review|Recipe|HowTo)$/

/** The nearest itemscope around an itemprop, when it is an article-like one. */
function itemScopeOf(node: Element): Element | null {
  let el: Root | Element | undefined = parentOf.get(node)
  for (let depth = 0; depth < 40 && el && el.type === 'element'; depth++) {
    if (el.properties.itemScope !== undefined && el.properties.itemScope !== false)
      return ARTICLE_ITEMTYPE.test(attr(el, 'itemType').trim()) ? el : null
    el = parentOf.get(el)
  }
  return null
}

function inItemScope(node: Element): boolean {
  let el: Root | Element | undefined = parentOf.get(node)
  for (let depth = 0; depth < 40 && el && el.type === 'element'; depth++) {
    if (el.properties.itemScope !== undefined && el.properties.itemScope !== false) return true
    el = parentOf.get(el)
  }
  return false
}

const HIDDEN_HINTS = new Set([
  'hidden',
  'd-none',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'hide',
  'is-hidden',
])

/** The element or an ancestor is hidden from readers. */
function hiddenUp(node: Element): boolean {
  let el: Root | Element | undefined = node
  for (let depth = 0; depth < 60 && el && el.type === 'element'; depth++) {
    if (el.properties.hidden !== undefined && el.properties.hidden !== false) return true
    if (attr(el, 'ariaHidden') === 'true') return true
    const style = attr(el, 'style').replace(/\s+/g, '').toLowerCase()
    if (style.includes('display:none') || style.includes('visibility:hidden')) return true
    if (tokensOf(el).some((t) => HIDDEN_HINTS.has(t))) return true
    el = parentOf.get(el)
  }
  return false
}

function addHeading(c: Collected, node: Element, rank: number, main: boolean): void {
  if (c.headings.length >= 80 || hiddenUp(node)) return
  const text = headingText(node)
  if (text === '') return
  c.headings.push({ text, rank, inMain: main, siteLike: siteLike(node), element: node })
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
}

/**
 * Metadata escaped twice by its CMS ("Full &amp;#038; Part Time" in the
 * source, "&#038;" after parsing): decode the character references that are
 * left. Only references, so a literal "&" stays.
 */
export function unescapeTwice(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(
    /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi,
    (whole, dec, hex, name) => {
      const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : -1
      if (code >= 0) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
      return NAMED[String(name).toLowerCase()] ?? whole
    },
  )
}
