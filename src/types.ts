/**
 * Public types of clean-article.
 *
 * A `Block` is the unit every rule judges. It is built once, by `segment`,
 * from an HTML element or from a run of text lines, with its features
 * already computed, so rules stay cheap and pure.
 */

/** What kind of input a page is. */
export type Format = 'html' | 'text'

/**
 * What kind of page it is, as far as rules need to know: on a discussion
 * (a forum thread, a Q&A page) the replies are the content, not comments; on
 * a listing (a grid of product or story cards) the links are the content; a
 * product page's customer reviews are its comments.
 */
export type PageType = 'article' | 'discussion' | 'listing' | 'product'

/** What a block is, structurally. */
export type BlockType =
  | 'paragraph'
  | 'heading'
  | 'list'
  | 'quote'
  | 'code'
  | 'table'
  | 'figure'
  | 'line'

/** The kinds of boilerplate, one per removal. */
export type Category =
  | 'ads'
  | 'attribution'
  | 'comments'
  | 'author'
  | 'caption'
  | 'navigation'
  | 'share'
  | 'newsletter'
  | 'related'
  | 'cookie'
  | 'legal'
  | 'meta'
  | 'title'
  | 'boilerplate'

/** Where an HTML block came from. */
export interface HtmlSource {
  /** Discriminant: an HTML element. */
  readonly kind: 'html'
  /** Lower-case tag name of the block element (`p`, `h2`, `li`, `figcaption`…). */
  readonly tag: string
  /** Tag names from the root down to the block element, inclusive. */
  readonly path: readonly string[]
  /**
   * Lower-case class, id, role and itemprop tokens of the element and its
   * ancestors inside the article scope, nearest first (`['share-buttons',
   * 'post-footer']`); the content container's own tokens are left out.
   */
  readonly hints: readonly string[]
  /**
   * Inside the located main content. Blocks of the article element around it
   * (header, lead figure, author box, comments) are judged by the rules too,
   * and dropped by the locator when no rule drops them.
   */
  readonly located: boolean
}

/** Where a text block came from: its line range, 0-based, end exclusive. */
export interface TextSource {
  /** Discriminant: lines of a plain text. */
  readonly kind: 'text'
  /** First line of the block, 0-based. */
  readonly start: number
  /** Line after the block's last line. */
  readonly end: number
}

/** The unit rules judge. Features are computed once, in `segment`. */
export interface Block {
  /** What the block is, structurally (`'line'` for a plain-text line). */
  readonly type: BlockType
  /** The block's text, whitespace collapsed within lines. */
  readonly text: string
  /** Heading level 1-6 for headings, else 0. */
  readonly level: number
  /** Number of words (runs of letters/digits; CJK characters count ~1 word per 2). */
  readonly words: number
  /** Share of the text's characters that sit inside links (0 for text input). */
  readonly linkDensity: number
  /** Share of words that are stopwords of the page's language. */
  readonly stopwordDensity: number
  /** Position in the page's block list. */
  readonly index: number
  /** Where the block came from: the element and its hints, or the line range. */
  readonly source: HtmlSource | TextSource
  /**
   * List blocks: the text of each item (`li`, `dt`, `dd`; in plain text, the
   * line without its bullet). Absent on other blocks.
   */
  readonly items?: readonly string[]
}

/** A caption of an image, with its credit when one was found. */
export interface Caption {
  /** The caption, without its credit. */
  readonly text: string
  /** The photo credit ("Photo: Name/Agency"), or null. */
  readonly credit: string | null
}

/** One entry of the removal ledger. */
export interface Removal {
  /** Id of the rule that dropped the piece. */
  readonly rule: string
  /** The rule's category: what kind of boilerplate the piece was. */
  readonly category: Category
  /** Why, in a few words. */
  readonly reason: string
  /** The dropped text. */
  readonly text: string
}

/** What the article fields a rule can fill from a block it drops. */
export type Capture = 'title' | 'byline' | 'authorBio' | 'caption' | 'section'

/** A rule's answer about one block. */
export type Verdict =
  | {
      /** Drop the block: it leaves the text and enters the ledger. */
      readonly drop: true
      /** Why, in a few words; stamped on the ledger entry. */
      readonly reason: string
      /** Keep the dropped text in a field of the article. */
      readonly capture?: Capture
      /** For `capture: 'caption'`: the credit part, if any. */
      readonly credit?: string | null
      /** For captures: the text to store, when it differs from the block's. */
      readonly value?: string
    }
  | {
      /** Settle the block as content: later rules do not see it. */
      readonly keep: true
      /** Why the block is content (not recorded in the ledger). */
      readonly reason: string
    }

/** What a rule sees besides the block. */
export interface RuleContext {
  /** All blocks of the page, in order. */
  readonly blocks: readonly Block[]
  /** How the page was read: `'html'` or `'text'`. */
  readonly format: Format
  /** The page's language as a 2-letter code, when known. */
  readonly lang: string | null
  /** Index of the block detected as the title, or -1. */
  readonly titleIndex: number
  /**
   * Index of the block showing the article's headline, or -1: the title
   * block, except in plain text whose title is read from the first line
   * (the `<title>`), where it is the headline line further down.
   */
  readonly headlineIndex: number
  /** The kind of page (from JSON-LD, the forum software, the address, the layout found). */
  readonly pageType: PageType
  /** The page's title as detected before classification, or null. */
  readonly title: string | null
  /** True in the fallback pass, after a first pass kept too little (see `Rule.aggressive`). */
  readonly relaxed: boolean
  /** Options given for this rule in `CleanOptions.ruleOptions[rule.id]`. */
  readonly options: Readonly<Record<string, unknown>>
}

/** A rule: a plain object, made with `defineRule`. */
export interface Rule {
  /** Kebab-case id, stamped on every removal. */
  readonly id: string
  /** The kind of boilerplate the rule drops, stamped on its removals. */
  readonly category: Category
  /** One sentence: what the rule drops. */
  readonly description: string
  /** Formats the rule applies to; both when absent. */
  readonly formats?: readonly Format[]
  /**
   * An aggressive rule judges by statistics rather than by what a block says.
   * When a first pass keeps too little of a page (under 250 characters, or in
   * plain text a small share of it: see `text/escalate.ts`), the
   * page is classified again with `context.relaxed` true, and the longer
   * answer wins: an aggressive rule should then drop only what is clearly
   * boilerplate. Nor does it run on a plain text that is already clean:
   * laid out in paragraphs, with nothing the other rules drop
   * (`text/already-clean.ts`).
   */
  readonly aggressive?: boolean
  /** Judge one block. Return nothing to pass. Must not mutate anything. */
  test(block: Block, context: RuleContext): Verdict | undefined
}

/** Options of `cleanArticle`. */
export interface CleanOptions {
  /** Input format; `'auto'` (default) sniffs HTML from text. */
  readonly format?: 'auto' | Format
  /** The page's address, used to resolve links and as `url` when the page has no canonical. */
  readonly url?: string
  /** The rules to run, in order. Default: `recommended`. */
  readonly rules?: readonly Rule[]
  /** Per-rule options, by rule id. */
  readonly ruleOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>
  /**
   * Read at most this many characters of the input (after decoding), cut
   * before a tag or after a line; the article is made of what was read and
   * says `truncated`. Bounds the parse as well as the cleaning.
   */
  readonly maxChars?: number
  /**
   * Clean at most this many nodes of the parsed page (elements, text and
   * comments, in document order), or lines of a plain text; the article is
   * made of them and says `truncated`.
   */
  readonly maxNodes?: number
}

/** The clean article. Fields the page does not provide are `null`. */
export interface CleanArticle {
  /** The headline: the visible h1 that agrees with the declared title, else the declared title. */
  readonly title: string | null
  /** The authors' names, joined with ", " (from the page's metadata or a byline the rules captured). */
  readonly byline: string | null
  /** ISO 8601: date and time with its offset when the page gives them, else the date. */
  readonly published: string | null
  /** ISO 8601, as `published`: when the page says it was last changed. */
  readonly modified: string | null
  /** The site's name (og:site_name, JSON-LD publisher, application-name). */
  readonly siteName: string | null
  /** BCP 47 language tag. */
  readonly lang: string | null
  /** The canonical address, resolved against `CleanOptions.url`. */
  readonly url: string | null
  /** The page's declared summary (meta description, og:description). */
  readonly excerpt: string | null
  /** The lead image's absolute address (og:image, JSON-LD image). */
  readonly image: string | null
  /** Section label shown above the title ("China News"). */
  readonly section: string | null
  /** Topic tags and keywords the page declares (article:tag, JSON-LD keywords). */
  readonly tags: readonly string[]
  /** The format the input was read as. */
  readonly format: Format
  /** Kept blocks, in order. */
  readonly blocks: readonly Block[]
  /** Body text: kept blocks, a blank line between blocks, title excluded. */
  readonly text: string
  /**
   * The body as sanitized HTML, from the kept blocks only, title excluded:
   * headings, paragraphs, lists, quotes, code, tables, figures, links and
   * images as the page had them; URLs absolute when the address is known.
   * Safe to insert into a page (see the README's Security section).
   */
  readonly html: string
  /** The body as GitHub-flavoured Markdown, the title first as `# title`. */
  readonly markdown: string
  /** Words of `text`. */
  readonly wordCount: number
  /** Image captions, with their credits, in page order. */
  readonly captions: readonly Caption[]
  /** The author box's bio text, or null. */
  readonly authorBio: string | null
  /** Every dropped piece, with the rule that dropped it. */
  readonly removed: readonly Removal[]
  /** Part of the input was left unread: `maxChars` or `maxNodes` was reached. */
  readonly truncated: boolean
  /**
   * The page's HTML held no article text (a thread or app rendered by
   * script), so `text` is its declared description (`excerpt`), often cut
   * short by the site, rather than text read from the body.
   */
  readonly fromExcerpt: boolean
}
