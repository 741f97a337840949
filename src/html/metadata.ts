/**
 * Metadata from the document head and byline elements: a first pass that the
 * metadata issue extends (JSON-LD graphs, microdata, dateline text).
 * Order of trust per field: JSON-LD, then OpenGraph/Twitter, then `<meta name>`,
 * then elements in the body.
 */
import type { Element, Root } from 'hast'
import { collapse } from '../features.js'
import { EMPTY_META, type PageMeta } from '../page.js'
import { attr, hintsOf, rawText, walkElements } from './hast.js'

interface Collected {
  meta: Map<string, string>
  titleTag: string | null
  htmlLang: string | null
  canonical: string | null
  jsonLd: unknown[]
  bylineElement: string | null
  time: string | null
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

function collect(root: Root): Collected {
  const c: Collected = {
    meta: new Map(),
    titleTag: null,
    htmlLang: null,
    canonical: null,
    jsonLd: [],
    bylineElement: null,
    time: null,
  }
  walkElements(root, (node) => {
    switch (node.tagName) {
      case 'html':
        c.htmlLang = attr(node, 'lang') || null
        break
      case 'title':
        c.titleTag ??= collapse(rawText(node))
        return false
      case 'meta': {
        const key = (
          attr(node, 'property') ||
          attr(node, 'name') ||
          attr(node, 'itemProp')
        ).toLowerCase()
        const value = attr(node, 'content')
        if (key && value && !c.meta.has(key)) c.meta.set(key, collapse(unescapeTwice(value)))
        return false
      }
      case 'link':
        if (attr(node, 'rel').toLowerCase().split(/\s+/).includes('canonical'))
          c.canonical ??= attr(node, 'href') || null
        return false
      case 'script':
        if (attr(node, 'type').toLowerCase() === 'application/ld+json') {
          try {
            c.jsonLd.push(JSON.parse(rawText(node)))
          } catch {
            // Broken JSON-LD is common; the other sources remain.
          }
        }
        return false
      case 'time':
        c.time ??= attr(node, 'dateTime') || null
        break
      default:
        break
    }
    if (c.bylineElement === null && isBylineElement(node)) {
      const text = collapse(rawText(node)).replace(/^(?:by|von|par|por)\s+/i, '')
      if (text.length > 1 && text.length <= 80) c.bylineElement = text
    }
    return undefined
  })
  return c
}

function isBylineElement(node: Element): boolean {
  if (attr(node, 'rel').toLowerCase() === 'author') return true
  if (attr(node, 'itemProp').toLowerCase() === 'author') return true
  return hintsOf(node).some((h) => BYLINE_HINTS.has(h))
}

/** Objects of JSON-LD, flattening arrays and `@graph`. */
function ldObjects(values: readonly unknown[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  const stack = [...values]
  while (stack.length > 0 && out.length < 200) {
    const v = stack.pop()
    if (Array.isArray(v)) stack.push(...v)
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>
      out.push(o)
      if (o['@graph']) stack.push(o['@graph'])
    }
  }
  return out
}

const ARTICLE_TYPES =
  /^(?:article|newsarticle|blogposting|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|techarticle|scholarlyarticle|report|webpage|posting|socialmediaposting|liveblogposting)$/i

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n)
    return names.length > 0 ? names.join(', ') : null
  }
  if (value && typeof value === 'object') {
    const name = (value as Record<string, unknown>).name
    return typeof name === 'string' ? name : null
  }
  return null
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

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? collapse(unescapeTwice(value)) : null
}

/** JSON-LD types of discussions, and the forum engines' generator names. */
const DISCUSSION_TYPES = /^(?:discussionforumposting|qapage|question|socialmediaposting)$/i
const FORUM_GENERATOR =
  /discourse|vbulletin|phpbb|xenforo|invision|mybb|simple machines|flarum|nodebb|vanilla/i

function discussionOf(c: Collected, types: readonly string[]): boolean {
  if (FORUM_GENERATOR.test(c.meta.get('generator') ?? '')) return true
  return types.some((t) => DISCUSSION_TYPES.test(t))
}

/** Every JSON-LD `@type` of the page, lower-cased, without the schema.org prefix. */
function ldTypesOf(objects: readonly Record<string, unknown>[]): string[] {
  const out = new Set<string>()
  for (const o of objects) {
    const type = o['@type']
    for (const t of Array.isArray(type) ? type : [type])
      if (typeof t === 'string') out.add(t.toLowerCase().replace(/^.*[/:]/, ''))
  }
  return [...out]
}

export interface PageSignals {
  /** The page declares itself a discussion (JSON-LD type or forum engine). */
  readonly discussion: boolean
  /** Every JSON-LD `@type`, lower-cased (`newsarticle`, `product`, `itemlist`…). */
  readonly ldTypes: readonly string[]
  /** `og:type`, lower-cased, or null. */
  readonly ogType: string | null
}

/** Read the page's own metadata. */
export function readMetadata(root: Root, url: string | null): PageMeta & PageSignals {
  const c = collect(root)
  const objects = ldObjects(c.jsonLd)
  const ldTypes = ldTypesOf(objects)
  const article = objects.find((o) => {
    const type = o['@type']
    const types = Array.isArray(type) ? type : [type]
    return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))
  })
  const m = (key: string) => c.meta.get(key) ?? null
  const byline = nameOf(article?.author) ?? m('author') ?? m('article:author') ?? c.bylineElement
  return {
    ...EMPTY_META,
    title: str(article?.headline) ?? m('og:title') ?? m('twitter:title') ?? c.titleTag,
    byline: byline && !/^https?:/i.test(byline) ? byline : c.bylineElement,
    published:
      str(article?.datePublished) ??
      m('article:published_time') ??
      m('datepublished') ??
      m('date') ??
      c.time,
    siteName:
      m('og:site_name') ??
      m('application-name') ??
      nameOf((article as Record<string, unknown> | undefined)?.publisher),
    lang: c.htmlLang ?? m('content-language') ?? m('og:locale')?.replace('_', '-') ?? null,
    url: resolve(c.canonical, url) ?? m('og:url') ?? url,
    excerpt: m('description') ?? m('og:description') ?? m('twitter:description'),
    image: resolve(m('og:image') ?? m('twitter:image'), url),
    section: str(article?.articleSection) ?? m('article:section'),
    discussion: discussionOf(c, ldTypes),
    ldTypes,
    ogType: m('og:type')?.toLowerCase() ?? null,
  }
}

function resolve(href: string | null, base: string | null): string | null {
  if (!href) return null
  try {
    return new URL(href, base ?? undefined).href
  } catch {
    return href
  }
}
