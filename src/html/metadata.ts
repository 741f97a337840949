/**
 * Metadata of an HTML page, from every source it offers. Order of trust per
 * field (docs/metadata.md): JSON-LD of the main object, then microdata, then
 * `<meta>` (OpenGraph, Twitter, name/itemprop/http-equiv), then what the page
 * shows around its headline (byline and dateline lines, `<time>`), then the
 * address itself (a `/2025/09/04/` path).
 */
import type { Root } from 'hast'
import { collapse } from '../features.js'
import { cleanByline, joinNames } from '../meta/byline.js'
import type { Collected } from '../meta/collect.js'
import { pageDayFirst, parseDate } from '../meta/dates.js'
import { cutToDeclared, type Headline, pickHeadline, withoutSiteSuffix } from '../meta/headline.js'
import { bareHost } from '../meta/host.js'
import {
  ARTICLE_TYPES,
  deref,
  indexById,
  type LdObject,
  ldNames,
  ldObjects,
  ldString,
  mainObject,
  typesOf,
} from '../meta/json-ld.js'
import { unescapeTwice } from '../meta/meta-value.js'
import { emptyMicrodata } from '../meta/microdata.js'
import { headlineLine, likeliestHeading, nearbyByline, nearbyDate } from '../meta/nearby.js'
import { walkPage } from '../meta/page-walk.js'
import { publishedDate } from '../meta/published.js'
import { EMPTY_META, type PageMeta } from '../page.js'

export { unescapeTwice }

function str(value: string | null | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? collapse(unescapeTwice(value)) : null
}

/** JSON-LD types of discussions, and the forum engines' generator names. */
const DISCUSSION_TYPES = /^(?:discussionforumposting|qapage|question|socialmediaposting)$/i
const FORUM_GENERATOR =
  /discourse|vbulletin|phpbb|xenforo|invision|mybb|simple machines|flarum|nodebb|vanilla/i

export interface PageSignals {
  /** The page declares itself a discussion (JSON-LD type or forum engine). */
  readonly discussion: boolean
  /** Every JSON-LD `@type`, lower-cased (`newsarticle`, `product`, `itemlist`…). */
  readonly ldTypes: readonly string[]
  /** `og:type`, lower-cased, or null. */
  readonly ogType: string | null
  /** Microdata item scopes typed `Product` or `ProductGroup` (one on a product page, one a card on a shop's grid). */
  readonly productItems: number
  /** The visible heading the title stands for (its own text, when the title is declared). */
  readonly shownTitle: string | null
  /** The declared title, when a visible heading that says otherwise was taken over it. */
  readonly declaredTitle: string | null
  /** The page's `<noscript>` blocks with their parents, as the walk found them (for prune). */
  readonly noscripts: Collected['noscripts']
}

/** The first value of the first key present. */
function firstOf(c: Collected, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = c.meta.get(key)?.[0]
    if (value) return value
  }
  return null
}

const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'article.published',
  'publish-date',
  'published-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'citation_publication_date',
  'citation_date',
  'date',
  'release_date',
  'published',
  'ms.date',
  'cxenseparse:recs:publishtime',
]
const MODIFIED_KEYS = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dcterms.modified',
  'last-modified',
]
const AUTHOR_KEYS = [
  'dc.creator',
  'dcterms.creator',
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'citation_author',
  'byl',
  'twitter:creator:name',
]
const SITE_KEYS = ['og:site_name', 'application-name', 'apple-mobile-web-app-title']

/** JSON-LD types of an organisation, not a person. */
const ORG_TYPES = new Set(['organization', 'corporation', 'newsmediaorganization'])

/** Types of pages whose declared dates are housekeeping, not publication. */
const NOT_DATED = new Set([
  'product',
  'collectionpage',
  'itemlist',
  'searchresultspage',
  'store',
  'localbusiness',
  'service',
  'offercatalog',
  'softwareapplication',
])

function firstDate(
  values: readonly (string | null | undefined)[],
  dayFirst: boolean,
): string | null {
  for (const value of values) {
    const iso = value ? parseDate(unescapeTwice(value), { dayFirst }) : null
    if (iso) return iso
  }
  return null
}

function imageOf(value: unknown, ids: ReadonlyMap<string, LdObject>): string | null {
  const v = deref(Array.isArray(value) ? value[0] : value, ids)
  if (typeof v === 'string') return v
  if (v && typeof v === 'object')
    return ldString(v as LdObject, 'url') ?? ldString(v as LdObject, 'contentUrl')
  return null
}

function keywordsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []
  return list.flatMap((k) =>
    typeof k === 'string' && k.trim() !== '' && k.length <= 80 ? [collapse(k)] : [],
  )
}

/** Read the page's own metadata. */
export function readMetadata(root: Root, url: string | null): PageMeta & PageSignals {
  // One walk reads the metadata sources and the visible lines.
  const { collected: c, lines } = walkPage(root, { sources: true, lines: true })
  // The address parsed once: its host, and the site's name as the host spells it.
  const host = bareHost(url)
  const label = labelOf(host)
  // Several article scopes: a listing, whose items are not the page.
  if (c.scopes.size > 1) c.micro = emptyMicrodata()
  const objects = ldObjects(c.jsonLd)
  const ids = indexById(objects)
  const ldTypes = [...new Set(objects.flatMap((o) => typesOf(o)))]
  const m = (key: string) => c.meta.get(key)?.[0] ?? null
  const ogTitle = m('og:title')
  const site = str(firstOf(c, SITE_KEYS))
  const publisherObject = objects.find(
    (o) => typesOf(o).includes('website') || typesOf(o).includes('organization'),
  )
  const sites = [site, ldString(publisherObject, 'name')].filter((s): s is string => !!s)
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim()
  const h1Texts = new Set(c.headings.map((h) => fold(h.text)))
  const ogFolded = ogTitle === null ? null : fold(ogTitle)
  const article = mainObject(objects, (h) => {
    const folded = fold(h)
    return h1Texts.has(folded) || ogFolded?.includes(folded) === true
  })
  const main = article ? (deref(article, ids) as LdObject) : null
  const ldHeadline = str(ldString(main, 'headline'))
  const declared = [
    ldHeadline,
    ogTitle,
    m('twitter:title'),
    str(c.micro.headline),
    firstOf(c, ['dc.title', 'dcterms.title', 'parsely-title']),
    c.titleTag,
  ]
    .filter((d): d is string => !!d)
    .map((d) => withoutHostPrefix(d, host))
  const ogType = m('og:type')?.toLowerCase() ?? null
  const discussion =
    FORUM_GENERATOR.test(m('generator') ?? '') || ldTypes.some((t) => DISCUSSION_TYPES.test(t))
  // The page says it is an article, a post or a thread (before any visible date is read).
  const declaredArticle =
    ldTypes.some((t) => ARTICLE_TYPES.has(t) || t === 'question' || t === 'qapage') ||
    ogType === 'article' ||
    m('article:published_time') !== null ||
    discussion
  const headline = pickHeadline(c.headings, declared, sites, {
    article: declaredArticle,
    homeNames: c.homeLinks,
    home: isHome(url) ? label : null,
    host: label,
  })
  const lang =
    c.htmlLang ??
    m('content-language') ??
    str(ldString(main, 'inLanguage')) ??
    m('og:locale')?.replace('_', '-') ??
    null
  const dayFirst = pageDayFirst(lang, lines)
  const shownTitle = headline?.shown ?? headline?.text ?? null
  let at = headlineLine(lines, shownTitle)
  // An article whose declared title is reworded in its visible heading: the
  // heading that shares most of its words marks where byline and date are.
  if (at < 0 && declaredArticle && shownTitle) at = likeliestHeading(lines, shownTitle)
  const near = nearbyDate(lines, at, { dayFirst })
  const modified =
    firstDate(
      [ldString(main, 'dateModified'), c.micro.modified, firstOf(c, MODIFIED_KEYS)],
      dayFirst,
    ) ?? near.modified
  // Declared in structured data (JSON-LD, microdata), else by a meta tag.
  const structured = firstDate(
    [
      ldString(main, 'datePublished'),
      ldString(main, 'dateCreated'),
      ldString(main, 'uploadDate'),
      c.micro.published,
    ],
    dayFirst,
  )
  let declaredDate = structured ?? firstDate([firstOf(c, PUBLISHED_KEYS), c.pubTime], dayFirst)
  // A dated page is an article, a post or a thread; a shop, service or
  // listing page carries its CMS's dates without showing them to anyone.
  const articleLike =
    typesOf(main).some((t) => ARTICLE_TYPES.has(t) || t === 'question' || t === 'qapage') ||
    ogType === 'article' ||
    c.scopes.size === 1 ||
    discussion ||
    m('article:published_time') !== null ||
    near.published !== null ||
    (ogType === null &&
      !typesOf(main).some((t) => NOT_DATED.has(t)) &&
      ldTypes.every((t) => !NOT_DATED.has(t)))
  if (!articleLike) declaredDate = null
  // An `og:type` "website" page (the default of many themes) still dates
  // itself by a date meta tag; not by the WebPage JSON-LD that SEO plugins
  // stamp on every page, service pages included.
  if (!articleLike && ogType === 'website' && ldTypes.every((t) => !NOT_DATED.has(t)))
    declaredDate = firstDate([firstOf(c, PUBLISHED_KEYS)], dayFirst)
  const published = publishedDate({
    declared: declaredDate,
    structured: declaredDate !== null && declaredDate === structured,
    ogPublished: m('article:published_time'),
    pubTime: c.pubTime,
    modified,
    near,
    lines,
    at,
    url,
    articleLike,
    discussion,
    dayFirst,
  })

  // Names escaped twice by their CMS ("Maria &amp; Katerina") read as written.
  const ldAuthor = main
    ? joinNames(ldNames(main.author ?? main.creator, ids).map(unescapeTwice))
    : null
  const metaAuthor =
    AUTHOR_KEYS.map((k) => m(k)).find((v) => v && !/^(?:https?:|@|www\.)/i.test(v)) ?? null
  const shop = ogType === 'product' || ldTypes.some((t) => NOT_DATED.has(t))
  // Text found on the page names an author only on an article-like page: on a
  // shop or service page the names near the top are reviewers and staff.
  // An organisation typed as the only author, named like the site or its
  // publisher, is the site, not a writer: the page's own byline is read.
  const siteNames = [...sites, ...ldNames(main?.publisher, ids)].map((n) => fold(n))
  const siteNamed = (name: string) =>
    fold(name) !== '' &&
    siteNames.some((n) => n !== '' && (fold(name).includes(n) || n.includes(fold(name))))
  const ldAuthors = main ? [main.author ?? main.creator].flat().map((a) => deref(a, ids)) : []
  const organisation =
    ldAuthors.length > 0 &&
    ldAuthors.every(
      (a) =>
        a !== null && typeof a === 'object' && typesOf(a as LdObject).some((t) => ORG_TYPES.has(t)),
    )
  const byline =
    (organisation && ldAuthor && siteNamed(ldAuthor) ? null : ldAuthor) ??
    cleanByline(c.micro.author, true) ??
    cleanByline(metaAuthor, true) ??
    (articleLike || !shop
      ? (nearbyByline(lines, at) ?? cleanByline(c.authorLink) ?? cleanByline(c.bylineElement))
      : null)

  const tags = [...(c.meta.get('article:tag') ?? []), ...keywordsOf(main?.keywords)]
  const section = str(ldString(main, 'articleSection')) ?? m('article:section')
  return {
    ...EMPTY_META,
    title: headline ? titleOf(headline, declared, sites, label) : null,
    byline,
    published,
    modified,
    siteName:
      str(ldNames(main?.publisher, ids)[0]) ?? site ?? str(ldString(publisherObject, 'name')),
    lang,
    url: resolve(c.canonical, url) ?? resolve(m('og:url'), url) ?? url,
    excerpt:
      m('description') ??
      m('og:description') ??
      m('twitter:description') ??
      str(ldString(main, 'description')),
    image: resolve(
      m('og:image') ?? m('twitter:image') ?? imageOf(main?.image, ids) ?? c.imageLink,
      url,
    ),
    section,
    tags: [...new Set(tags)].slice(0, 30),
    discussion,
    article: articleLike || !shop,
    ldTypes,
    productItems: c.productItems,
    ogType: m('og:type')?.toLowerCase() ?? null,
    shownTitle: headline?.shown ?? headline?.text ?? null,
    declaredTitle: headline?.declared ? withoutSiteSuffix(headline.declared, sites, label) : null,
    noscripts: c.noscripts,
  }
}

const SECTION_NUMBER = /^\d+(?:\.\d+)+\.?\s+(?=\p{L})|^\d+\s+[-–—]\s+(?=\p{L})/u

/** The headline without a site part, cut where the declared title cuts a visible one. */
function titleOf(
  headline: Headline,
  declared: readonly string[],
  sites: readonly string[],
  host: string | null,
): string {
  const text = withoutSiteSuffix(headline.text, sites, host)
  if (!headline.element) return text
  // A section number before the heading ("3.1 Git Branching", "15 - Tutorial: …").
  return cutToDeclared(text, declared).replace(SECTION_NUMBER, '')
}

/**
 * A declared title led by the page's host name without a separator
 * ("example.com Vibe Coding"): the headline after it.
 */
function withoutHostPrefix(title: string, host: string | null): string {
  if (!host) return title
  const lead = title.slice(0, host.length + 1).toLowerCase()
  const rest = title.slice(host.length + 1).trim()
  // "example.com - Tagline" is a site part and its separator (`declared.ts`).
  return lead === `${host} ` && /^\p{L}/u.test(rest) ? rest : title
}

/** The address is a site's home page: no path (or only `/index.html`) and no query. */
function isHome(url: string | null): boolean {
  if (!url) return false
  try {
    const u = new URL(url)
    return u.pathname.replace(/\/(?:index\.\w+)?$/, '') === '' && u.search === ''
  } catch {
    return false
  }
}

/** The site's name as its host (`bareHost`) spells it: `artlyst.com` → `artlyst`. */
function labelOf(host: string | null): string | null {
  const labels = host?.split('.') ?? []
  return labels.length >= 2 ? (labels[labels.length - 2] ?? null) : null
}

function resolve(href: string | null, base: string | null): string | null {
  if (!href) return null
  try {
    return new URL(href, base ?? undefined).href
  } catch {
    return href
  }
}
