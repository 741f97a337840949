/**
 * Tests on an element and its ancestors (`path`, outermost first) that the
 * metadata collector (`collect.ts`) asks of headings and itemprops: in the
 * site's chrome, in which itemscope, hidden from readers.
 */
import type { Element } from 'hast'
import { collapse } from '../features.js'
import { attr, hintsOf, rawText, tokensOf } from '../html/hast.js'
import { SCREEN_READER_ONLY } from '../html/screen-reader.js'

const SITE_HINTS = /^(?:logo|site-title|site-name|sitename|brand|navbar-brand|site-logo|masthead)$/

/*
 * The tests below read `node` and then its ancestors (`path`, outermost
 * first, from its end), at most a number of elements in all, with plain
 * loops: `lowest` is the index of the last ancestor read.
 */
const lowest = (path: readonly Element[], limit: number) => Math.max(0, path.length - limit)

/** A heading in the site's chrome: in a nav, a logo or brand element, or a link home (3 levels up). */
export function siteLike(node: Element, path: readonly Element[], text: string): boolean {
  if (siteElement(node)) return true
  for (let i = path.length - 1; i >= lowest(path, 3); i--)
    if (siteElement(path[i] as Element)) return true
  return homeLinkInside(node, text, 0)
}

function siteElement(el: Element): boolean {
  return el.tagName === 'nav' || isHomeLink(el) || hintsOf(el).some((h) => SITE_HINTS.test(h))
}

/** The heading's whole text is a link to the home page inside it: the logo. */
function homeLinkInside(el: Element, text: string, depth: number): boolean {
  for (const child of el.children) {
    if (child.type !== 'element') continue
    if (isHomeLink(child)) return collapse(rawText(child)) === text
    if (depth < 2 && homeLinkInside(child, text, depth + 1)) return true
  }
  return false
}

export function isHomeLink(node: Element): boolean {
  if (node.tagName !== 'a') return false
  const raw = attr(node, 'href')
  // Only an address starting with `h`/`H` can lose a scheme and host; any other is read as it is.
  const first = raw.charCodeAt(0)
  const href = first === 104 || first === 72 ? raw.replace(/^https?:\/\/[^/]+/i, '') : raw
  return href === '/' || href === '' || href === './' || href === '/index.html'
}

const ARTICLE_ITEMTYPE =
  /(?:Article|BlogPosting|Posting|Report|WebPage|Question|Review|Recipe|HowTo)$/

/** The nearest itemscope around an itemprop, when it is an article-like one. */
export function itemScopeOf(path: readonly Element[]): Element | null {
  for (let i = path.length - 1; i >= lowest(path, 40); i--) {
    const el = path[i] as Element
    if (el.properties.itemScope !== undefined && el.properties.itemScope !== false)
      return ARTICLE_ITEMTYPE.test(attr(el, 'itemType').trim()) ? el : null
  }
  return null
}

const PRODUCT_ITEMTYPE = /^https?:\/\/schema\.org\/Product(?:Group)?$/i

export function isProductScope(node: Element): boolean {
  const scope = node.properties.itemScope
  return (
    scope !== undefined && scope !== false && PRODUCT_ITEMTYPE.test(attr(node, 'itemType').trim())
  )
}

export function inItemScope(path: readonly Element[]): boolean {
  for (let i = path.length - 1; i >= lowest(path, 40); i--) {
    const scope = (path[i] as Element).properties.itemScope
    if (scope !== undefined && scope !== false) return true
  }
  return false
}

const HIDDEN_HINTS = new Set(['hidden', 'd-none', ...SCREEN_READER_ONLY, 'hide', 'is-hidden'])

/** The element or an ancestor is hidden from readers. */
export function hiddenUp(node: Element, path: readonly Element[]): boolean {
  if (hiddenElement(node)) return true
  for (let i = path.length - 1; i >= lowest(path, 59); i--)
    if (hiddenElement(path[i] as Element)) return true
  return false
}

function hiddenElement(el: Element): boolean {
  const p = el.properties
  if (p.hidden !== undefined && p.hidden !== false) return true
  if (p.ariaHidden !== undefined && attr(el, 'ariaHidden') === 'true') return true
  if (p.style !== undefined) {
    const style = attr(el, 'style').replace(/\s+/g, '').toLowerCase()
    if (style.includes('display:none') || style.includes('visibility:hidden')) return true
  }
  return tokensOf(el).some((t) => HIDDEN_HINTS.has(t))
}
