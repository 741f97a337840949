import type { Element, Root } from 'hast'
import { limitNodes } from '../budget.js'
import { detectLang, LANG_SAMPLE } from '../lang/detect-lang.js'
import { type Page, type PageMeta, pageTypeOf } from '../page.js'
import { rawText } from './hast.js'
import { locate } from './locate.js'
import { readMetadata } from './metadata.js'
import { parseHtml } from './parse.js'
import { prune } from './prune.js'
import { articleScope } from './scope.js'
import { segmentHtml } from './segment.js'
import { computeStats, type Stats } from './stats.js'
import { chooseTitle, findHeadings, outsideArticle, titleBlockIndex } from './title.js'
import { copyTree } from './tree.js'

export interface PrepareOptions {
  /** Skip location: the whole pruned body is judged (the last fallback). */
  readonly wholeBody?: boolean
  /** Keep only the first this many nodes of the tree (`CleanOptions.maxNodes`). */
  readonly maxNodes?: number | null
}

/** What location starts from: the pruned tree, its metadata, title and statistics. */
interface Parsed {
  readonly root: Root
  readonly meta: PageMeta
  readonly signals: Omit<
    ReturnType<typeof readMetadata>,
    keyof PageMeta | 'shownTitle' | 'declaredTitle' | 'noscripts'
  >
  readonly title: ReturnType<typeof chooseTitle>
  /** The declared title, when the visible heading taken over it says otherwise. */
  readonly declaredTitle: string | null
  readonly stats: ReadonlyMap<Element, Stats>
  readonly truncated: boolean
}

/** Parse (or copy: pruning works in place) and prune; metadata is read before pruning. */
function parsePage(html: string | Root, url: string | null, maxNodes: number | null): Parsed {
  const root = typeof html === 'string' ? parseHtml(html) : copyTree(html)
  const truncated = maxNodes !== null && limitNodes(root, maxNodes)
  const {
    discussion,
    ldTypes,
    ogType,
    productItems,
    shownTitle,
    declaredTitle,
    noscripts,
    ...meta
  } = readMetadata(root, url)
  prune(root, noscripts)
  // The visible heading locates the article and its title block; the title
  // itself may be the declared one (a slogan h1, src/meta/headline.ts).
  const title = chooseTitle(findHeadings(root), shownTitle)
  const stats = computeStats(root)
  return {
    root,
    meta,
    signals: { discussion, ldTypes, ogType, productItems },
    title,
    declaredTitle,
    stats,
    truncated,
  }
}

/** Locate, scope and segment a parsed page (nothing after parsing changes the tree). */
function pageOf(parsed: Parsed, url: string | null, wholeBody: boolean): Page {
  const { root, signals, title, stats, truncated, declaredTitle } = parsed
  // A page that declares a discussion is no shop's category page (a declared product
  // may be one: some shops give their categories `og:type` product).
  const shop = pageTypeOf(signals, parsed.meta.url ?? url) !== 'discussion'
  const { containers, grid, parents } = locate(root, stats, { wholeBody, shop })
  const pageType = pageTypeOf({ ...signals, grid }, parsed.meta.url ?? url)
  const scope = articleScope(containers, title?.element ?? null, parents, stats)
  // A heading outside the article that holds the content gives way to the
  // declared title (the whole-body page of a located one keeps its choice).
  const meta =
    declaredTitle && scope && title?.element && outsideArticle(title.element, scope, parents)
      ? { ...parsed.meta, title: declaredTitle }
      : parsed.meta
  if (!scope)
    return {
      format: 'html',
      blocks: [],
      titleIndex: -1,
      title: meta.title ?? title?.text ?? null,
      lang: null,
      pageType,
      meta,
      truncated,
    }
  // The containers' texts joined by line breaks, read as far as the guess reads (LANG_SAMPLE).
  let sample = ''
  for (const [i, container] of containers.entries()) {
    if (i > 0) sample += '\n'
    sample += rawText(container, LANG_SAMPLE - sample.length)
  }
  const lang = detectLang(sample) ?? meta.lang?.slice(0, 2).toLowerCase() ?? null
  const { blocks, origins } = segmentHtml(scope, containers, lang, stats)
  const text = title?.text ?? null
  return {
    format: 'html',
    blocks,
    titleIndex: titleBlockIndex(blocks, text),
    title: meta.title ?? text,
    lang,
    pageType,
    meta,
    origins,
    truncated,
  }
}

/**
 * HTML → a page of blocks from the located article, with metadata and title.
 * `wholeBody` skips location: every block of the pruned body is judged by the
 * rules (the last fallback when location leaves too little). The page's
 * `wholeBody()` gives that page from the same parse, without parsing again.
 * A tree given as input is copied first: pruning works in place.
 */
export function prepareHtml(
  html: string | Root,
  url: string | null,
  options: PrepareOptions = {},
): Page {
  const parsed = parsePage(html, url, options.maxNodes ?? null)
  const wholeBody = options.wholeBody === true
  const page = pageOf(parsed, url, wholeBody)
  if (wholeBody) return page
  const whole = () => {
    const body = pageOf(parsed, url, true)
    return body.title === page.title ? body : { ...body, title: page.title, meta: page.meta }
  }
  return Object.defineProperty(page, 'wholeBody', { value: whole })
}
