import type { Origin } from './html/origin.js'
import type { Block, Format, PageType } from './types.js'

/** Metadata read from the page itself (head, JSON-LD, byline elements). */
export interface PageMeta {
  readonly title: string | null
  readonly byline: string | null
  readonly published: string | null
  readonly modified: string | null
  readonly siteName: string | null
  readonly lang: string | null
  readonly url: string | null
  readonly excerpt: string | null
  readonly image: string | null
  readonly section: string | null
  readonly tags: readonly string[]
  /**
   * The page presents itself as an article, post or thread (its types, a
   * dateline); a byline captured from its text is trusted only then.
   */
  readonly article: boolean
}

export const EMPTY_META: PageMeta = Object.freeze({
  title: null,
  byline: null,
  published: null,
  modified: null,
  siteName: null,
  lang: null,
  url: null,
  excerpt: null,
  image: null,
  section: null,
  tags: Object.freeze([]),
  article: true,
})

/** Addresses of forum threads and Q&A pages, by their path (no site is named). */
const DISCUSSION_PATH =
  /\/(?:t|topic|topics|thread|threads|forum|forums|questions|discussion|discussions|community|comments)\/|(?:showthread|viewtopic|showtopic)\.php/i

/** What a page says about itself and what the locator found, for `pageTypeOf`. */
export interface PageEvidence {
  /** JSON-LD discussion types or a forum engine's generator tag. */
  readonly discussion?: boolean
  /** The locator took a grid of like cards over the scored prose. */
  readonly grid?: boolean
  /** Every JSON-LD `@type`, lower-cased. */
  readonly ldTypes?: readonly string[]
  /** `og:type`, lower-cased. */
  readonly ogType?: string | null
  /** Microdata item scopes typed `Product`: one is the page's product, several a grid of cards. */
  readonly productItems?: number
}

/** JSON-LD story types (`Article`, `NewsArticle`, `BlogPosting`…): a review of products is an article. */
const STORY_TYPE = /article$|^blogposting$/

const CATALOGUE_TYPES = new Set(['collectionpage', 'itemlist', 'searchresultspage', 'offercatalog'])

/**
 * A product page by its own declaration: JSON-LD `Product`, `og:type`
 * product or a single microdata `Product` item, not a catalogue, nor a story
 * that declares the products it reviews.
 */
function isProduct(ldTypes: readonly string[], ogType: string | null, items: number): boolean {
  if (ldTypes.some((t) => CATALOGUE_TYPES.has(t) || STORY_TYPE.test(t))) return false
  return (
    ogType === 'product' ||
    ldTypes.includes('product') ||
    ldTypes.includes('productgroup') ||
    items === 1
  )
}

/**
 * The kind of page, in order of trust: a declared discussion, a located card
 * grid (a listing), a declared product, a forum-shaped address, else an article.
 */
export function pageTypeOf(evidence: PageEvidence, url: string | null): PageType {
  if (evidence.discussion) return 'discussion'
  if (evidence.grid) return 'listing'
  if (isProduct(evidence.ldTypes ?? [], evidence.ogType ?? null, evidence.productItems ?? 0))
    return 'product'
  return url && DISCUSSION_PATH.test(url) ? 'discussion' : 'article'
}

/** A page ready for classification: its blocks and what is known before rules run. */
export interface Page {
  readonly format: Format
  /** Nodes past `maxNodes` were cut before the page was read. */
  readonly truncated?: boolean
  /** HTML: the body held no text and the blocks are the page's declared description. */
  readonly fromExcerpt?: boolean
  readonly blocks: readonly Block[]
  /** Index of the title block in `blocks`, or -1 when the title is not among them. */
  readonly titleIndex: number
  /** Plain text: the headline line under the `<title>` line the title is read from (else `titleIndex`). */
  readonly headlineIndex?: number
  readonly title: string | null
  /** 2-letter language code used for stopwords, or null. */
  readonly lang: string | null
  readonly pageType: PageType
  readonly meta: PageMeta
  /**
   * HTML pages: block index → the hast nodes the block was read from, for the
   * `html` and `markdown` outputs. Absent for text pages.
   */
  readonly origins?: ReadonlyMap<number, Origin>
  /**
   * HTML: the same page with every block of the pruned body judged (the last
   * fallback), built from this page's parse rather than parsing again.
   */
  readonly wholeBody?: () => Page
}
