/**
 * The context rule's link-dense HTML blocks that stay (`boilerplate-context`):
 * the items of located content that is a list of links or of teasers, long
 * located text whose links are most but not all of it, long blocks in the
 * relaxed pass. Split from the rule to keep each file to one job.
 */
import { endsLikeSentence } from '../features.js'
import { hintMatcher, isLocated, perPage } from '../rules/util.js'
import type { Block, RuleContext } from '../types.js'
import { HTML_LINK_DENSITY, LENGTH_LOW, MAX_LINK_DENSITY } from './context-thresholds.js'

/**
 * Located content whose words sit mostly in link-dense blocks is a list of
 * links: a section front or an index of stories or documents, whose linked
 * names and teasers are the content. Lists (`ul`/`ol`) do not count, nor go:
 * in an article's column they are menus, archives and recent comments.
 */
const LINK_LISTING = 0.3
/** …and it holds little prose: a short post beside a long sidebar is no listing. */
const LISTING_MAX_PROSE = 0.15
/** Prose, for that share: a long linkless paragraph ending like a sentence. */
const PROSE_WORDS = 40
/** …and its links make several items: one line of links is a menu (measured: 2 or 3 items alike, 4 cost 0.0005). */
const LISTING_MIN_ITEMS = 3

/** Prose (see PROSE_WORDS). */
function isProse(block: Block): boolean {
  return (
    block.words >= PROSE_WORDS &&
    block.linkDensity <= MAX_LINK_DENSITY &&
    endsLikeSentence(block.text)
  )
}

/** Boxes beside a listing's items: menus, widgets, archives. */
const inSideBox = hintMatcher({
  parts: [
    'widget',
    'sidebar',
    'menu',
    'nav',
    'navigation',
    'breadcrumb',
    'breadcrumbs',
    'archive',
    'archives',
    'calendar',
    'tagcloud',
    'comments',
    'footer',
    'toc',
  ],
})

/** HTML: whether the located content is a list of links (see LINK_LISTING). */
const linkListing = perPage((blocks) => {
  let words = 0
  let linked = 0
  let items = 0
  let prose = 0
  for (const block of blocks) {
    if (!isLocated(block) || block.type === 'heading') continue
    words += block.words
    if (block.linkDensity > HTML_LINK_DENSITY) {
      if (block.type !== 'list') {
        linked += block.words
        items++
      }
    } else if (isProse(block)) prose += block.words
  }
  return (
    items >= LISTING_MIN_ITEMS && linked / words > LINK_LISTING && prose / words < LISTING_MAX_PROSE
  )
})

/**
 * Located content that is a list of teasers: three or more linked headings
 * (story or product names) and under 100 words of prose (linkless paragraphs
 * of 40+ words ending like sentences). In an article's column, linked
 * headings are teasers of other stories.
 */
const TEASER_MIN_HEADINGS = 3
const TEASER_MAX_PROSE = 100
const teaserList = perPage((blocks) => {
  let headings = 0
  let prose = 0
  for (const block of blocks) {
    if (!isLocated(block)) continue
    if (block.type === 'heading') {
      if (block.linkDensity > HTML_LINK_DENSITY) headings++
    } else if (isProse(block)) prose += block.words
  }
  return headings >= TEASER_MIN_HEADINGS && prose < TEASER_MAX_PROSE
})

/**
 * Link-dense HTML blocks that stay: all of a listing's, the items of located
 * content that is a list of links, long ones in the relaxed pass.
 */
export function keepsLinks(block: Block, context: RuleContext): boolean {
  if (context.pageType === 'listing') return true
  if (
    isLocated(block) &&
    block.type === 'heading' &&
    !inSideBox(block) &&
    teaserList(context.blocks)
  )
    return true
  if (isLocated(block) && block.type !== 'list' && !inSideBox(block) && linkListing(context.blocks))
    return true
  return context.relaxed && block.text.length >= LENGTH_LOW
}

/**
 * HTML: a long located block whose links are most but not all of its text
 * is the article's: a reference with its linked title and journal, a
 * sentence naming linked products or sources. Menus, archives and widgets
 * beside the text still go.
 */
const LONG_LINKED_WORDS = 15
const LONG_LINK_DENSITY = 0.8

export function longLinkedText(block: Block): boolean {
  return (
    block.words >= LONG_LINKED_WORDS &&
    block.linkDensity <= LONG_LINK_DENSITY &&
    isLocated(block) &&
    !inSideBox(block)
  )
}
