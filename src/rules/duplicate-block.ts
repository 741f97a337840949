import { defineRule } from '../define-rule.js'
import { pageCopies } from '../text/page-copy.js'
import type { Block, RuleContext, Verdict } from '../types.js'
import { cardFields, isLocated, lineKeys, perPage } from './util.js'

/** HTML pages whose carousels and responsive variants repeat their text. */
const SHOWS_TWICE: ReadonlySet<string> = new Set(['product', 'listing'])

/** HTML pages whose short lines recur as copies: a buy box twice, a card's buttons, a poster's labels. */
const SHORT_COPIES: ReadonlySet<string> = new Set(['product', 'listing', 'discussion'])

/** Blocks up to this many words are left to repeated-line. */
const SHORT = 8

/** The index of the first block with each text. */
const firstIndex = perPage((blocks) => {
  const map = new Map<string, number>()
  const keys = lineKeys(blocks)
  for (const block of blocks) {
    const k = keys[block.index] ?? ''
    if (!map.has(k)) map.set(k, block.index)
  }
  return map
})

/** HTML: the index of the first block with each text inside the located main content. */
const firstLocated = perPage((blocks) => {
  const map = new Map<string, number>()
  const keys = lineKeys(blocks)
  for (const block of blocks) {
    if (!isLocated(block)) continue
    const k = keys[block.index] ?? ''
    if (!map.has(k)) map.set(k, block.index)
  }
  return map
})

/** Plain text: blocks that copy the page's own text in one long line. */
const copies = perPage(pageCopies)

/** Copied runs of fewer distinct blocks than this are left alone. */
const RUN = 3
/** A run is followed this far at most from one start (a page of one repeated line stays linear). */
const RUN_SCAN = 100

/**
 * Blocks in runs of consecutive blocks that copy, in order, a run of
 * earlier blocks holding RUN distinct texts or more, one of them longer than
 * a short line: a section or a card served twice (a collapsed and an
 * expanded copy, a desktop and a mobile layout, a carousel's clones). A run
 * of short lines alone (a card's labels, "Weight:", "Colour:") repeats from
 * card to card and stays. `copied` holds the later copies, `sources` the
 * blocks they copy (`repeated-line` leaves both to this rule in plain text).
 */
export const copiedRuns = perPage((blocks) => {
  const keys = lineKeys(blocks)
  const first = new Map<string, number>()
  const copied = new Set<number>()
  const sources = new Set<number>()
  for (let i = 0; i < blocks.length; i++) {
    const k = keys[i] ?? ''
    const j = first.get(k)
    if (j === undefined) {
      first.set(k, i)
      continue
    }
    if (k === '' || copied.has(i)) continue
    let length = 0
    let long = false
    const distinct = new Set<string>()
    while (
      length < RUN_SCAN &&
      i + length < blocks.length &&
      j + length < i &&
      keys[i + length] === keys[j + length]
    ) {
      const block = blocks[i + length]
      distinct.add(keys[i + length] ?? '')
      if ((block?.words ?? 0) > SHORT) long = true
      length++
    }
    if (distinct.size >= RUN && long)
      for (let x = 0; x < length; x++) {
        copied.add(i + x)
        sources.add(j + x)
      }
  }
  return { copied, sources }
})

/** A forum quote's attribution line: "name said:" (XenForo, vBulletin), "name wrote:" (phpBB)… */
const QUOTED = /^[^\n]{1,60}?\s(?:said|wrote|schrieb|a écrit|escribió|ha scritto|napisał)\s*:/iu
/** The link that unfolds a cut quote. */
const EXPAND = /click to expand\W{0,3}$/iu
/** Words of a quote looked for above it; quotes shorter than the least are left alone. */
const QUOTE_WORDS = 8
const QUOTE_LEAST = 4

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/**
 * HTML discussions: the words of the located blocks that are not quotes, in
 * page order, one space around each, with the offset where each block starts.
 */
const postsText = perPage((blocks) => {
  let text = ' '
  const starts = new Map<number, number>()
  for (const block of blocks) {
    starts.set(block.index, text.length)
    if (!isLocated(block) || (block.source.kind === 'html' && block.source.tag === 'blockquote'))
      continue
    const words = wordsOf(block.text)
    if (words.length > 0) text += `${words.join(' ')} `
  }
  return { text, starts }
})

/**
 * A located quote of a discussion ("name said: …", cut short with "Click to
 * expand…") whose opening words a post above it says: the quoted post is on
 * the page already.
 */
function quotesPostAbove(block: Block, blocks: readonly Block[]): boolean {
  if (block.source.kind !== 'html' || block.source.tag !== 'blockquote' || !isLocated(block))
    return false
  if (!QUOTED.test(block.text)) return false
  const words = wordsOf(block.text.replace(QUOTED, '').replace(EXPAND, '')).slice(0, QUOTE_WORDS)
  if (words.length < QUOTE_LEAST) return false
  const { text, starts } = postsText(blocks)
  const found = text.indexOf(` ${words.join(' ')} `)
  return found >= 0 && found < (starts.get(block.index) ?? 0)
}

/**
 * HTML, product, listing and discussion pages: a short line (a label, a
 * price, a button, a poster's rank) whose text stands in an earlier block,
 * unless it is a field shown in every card of a grid (the brand or the
 * stock line of each product).
 */
function shortCopy(block: Block, context: RuleContext): Verdict | undefined {
  if (block.words === 0 || context.format !== 'html' || !SHORT_COPIES.has(context.pageType))
    return undefined
  const key = lineKeys(context.blocks)[block.index] ?? ''
  const first = firstIndex(context.blocks).get(key)
  if (first === undefined || first === block.index) return undefined
  if (cardFields(context.blocks).has(key)) return undefined
  return { drop: true, reason: 'repeats an earlier short line' }
}

/**
 * A block that repeats an earlier one word for word: carousels and tabbed
 * layouts render the same text twice, "pull quotes" repeat a paragraph. The
 * first copy stays (trafilatura drops repeated segments the same way).
 */
export const duplicateBlock = defineRule({
  id: 'duplicate-block',
  aggressive: true,
  category: 'boilerplate',
  // Measured: +0.005 word F1 on wcxb-dev text; in HTML, against any earlier
  // block -0.001 on all pages (a teaser outside the content repeats the
  // article's lead) but +0.001 on product and listing pages (carousels);
  // on discussion pages, against an earlier block of the located content (a
  // quoted post), +0.0008 on all pages (forums +0.010); a located quote
  // ("name said: …") whose opening words a post above says, +0.0009; a copied
  // run of three distinct blocks or more, on every HTML page, +0.0016; a short
  // line's later copy on HTML product and listing pages, card fields spared, +0.0015;
  // on discussion pages too, +0.0002.
  description: 'Drops a block whose text repeats an earlier block of the page word for word.',
  test(block, context) {
    if (copiedRuns(context.blocks).copied.has(block.index))
      return { drop: true, reason: 'repeats an earlier run of blocks' }
    if (context.format === 'text' && copies(context.blocks).has(block.index))
      return { drop: true, reason: "repeats the page's text in one block" }
    // Short repeated lines (menus, a table of contents) are repeated-line's to judge in
    // plain text; in HTML, on a shop's page or a thread, a later copy of a label goes (a
    // desktop and a mobile buy box, "Compare" on every card, a poster's rank), a card's
    // field stays.
    if (block.words <= SHORT) return shortCopy(block, context)
    // In HTML, carousel pages repeat text anywhere; on a discussion only a
    // copy inside the content repeats the content (a quoted post).
    const anywhere = context.format !== 'html' || SHOWS_TWICE.has(context.pageType)
    if (!anywhere && (context.pageType !== 'discussion' || !isLocated(block))) return undefined
    if (context.format === 'html' && context.pageType === 'discussion')
      if (quotesPostAbove(block, context.blocks))
        return { drop: true, reason: 'quotes a post shown above' }
    const firsts = anywhere ? firstIndex(context.blocks) : firstLocated(context.blocks)
    const first = firsts.get(lineKeys(context.blocks)[block.index] ?? '')
    if (first === undefined || first === block.index) return undefined
    return { drop: true, reason: 'repeats an earlier block' }
  },
})
