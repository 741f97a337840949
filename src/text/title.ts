/**
 * Find the headline among the first lines of a plain-text page: the first
 * headline-shaped line before the body starts. A scraper's text often starts
 * with the `<title>` ("Headline | Site"), then navigation, then the headline
 * again: when a later line repeats the first one's headline part, that later
 * line is the title. A line marked as a heading comes before other lines.
 */
import { countWords, endsLikeSentence, withoutBreakHints } from '../features.js'
import type { Block } from '../types.js'

/** How far into the page the title may be. */
const SEARCH = 60
/** How far the headline may repeat the first line: past long menus. */
const REPEAT_SEARCH = 1000
const SKIP_LINK = /^(?:skip|jump|go) to (?:the )?(?:main )?(?:content|navigation|article)/iu
/** A word standing alone on a line: two letters or more between spaces or punctuation. */
const WORD_ALONE = /(?:^|[\s(“"'‘])\p{L}[\p{L}\p{M}]+(?=$|[\s:;,.!?)”"'’-])/u
const SEPARATOR = /(?<!\s)\s+(?:[|–—-]|::|»)\s+/u

/**
 * Shaped like a headline: a few words, no final period, not a list item.
 * The first line of a scraper's text is its `<title>`: one word is enough
 * there ("Terraria on Steam", "Glossier": a word of two letters or more standing alone), in any case ("rustc_codegen_gcc:
 * Progress Report"), before a longer menu line further down.
 */
function headlineShaped(block: Block, minWords: number, first: boolean): boolean {
  // A list item, a row of cells or a row of links in a text browser's dump is a menu.
  if (block.type === 'list' || block.type === 'table' || block.linkDensity > 0.5) return false
  if (block.words < 1 || block.words > 30 || block.text.length > 250) return false
  if (/[.;:,]$/u.test(block.text) && !/\.\.\.$|…$/u.test(block.text)) return false
  if (/https?:\/\/|www\./iu.test(block.text)) return false
  // The first line of a copied page is often its skip link.
  if (SKIP_LINK.test(block.text)) return false
  if (first && WORD_ALONE.test(block.text)) return true
  return block.words >= minWords && /^[\p{Lu}\p{N}"“‘'«¿¡\p{Lo}]/u.test(block.text)
}

/** The body has started: a long sentence-like paragraph. */
function isBody(block: Block): boolean {
  return block.words >= 30 && endsLikeSentence(block.text)
}

/**
 * Index of the title block, or -1. With `firstLine`, the first line (a
 * scraper's `<title>`) needs only the headline's shape at one word, in any
 * case, to beat a longer line further down: the line the title is read from.
 * Without it, the line the content is anchored on (a line of four words or
 * more before a shorter first line).
 */
export function findTextTitle(blocks: readonly Block[], firstLine = false): number {
  const limit = Math.min(blocks.length, SEARCH)
  let bodyAt = limit
  for (let i = 0; i < limit; i++) {
    const block = blocks[i]
    if (block && isBody(block)) {
      bodyAt = i
      break
    }
  }
  // A later line equal to the first line's headline part ("Headline | Site").
  const first = blocks[0]
  if (first) {
    const head = first.text.split(SEPARATOR)[0]?.trim()
    if (head && head !== first.text && head.length >= 10) {
      for (let i = 1; i < Math.min(blocks.length, REPEAT_SEARCH); i++) {
        if (blocks[i]?.text === head) return i
      }
    }
  }
  // A line the text marks as a heading (`# Headline`, a dump's heading at the
  // margin) is the headline rather than a menu line above it.
  for (let i = 0; i < bodyAt; i++) {
    const block = blocks[i]
    if (block?.type === 'heading' && headlineShaped(block, 4, false)) return i
  }
  for (const minWords of [4, 2]) {
    for (let i = 0; i < bodyAt; i++) {
      const block = blocks[i]
      if (block && headlineShaped(block, minWords, firstLine && i === 0)) return i
    }
  }
  return -1
}

/**
 * The line would be the title of a text of that line alone: by the shape
 * other lines need (two words, a capital first letter), not the first
 * line's at one word or in lower case, which stands over a longer line.
 */
export function titlesAlone(block: Block): boolean {
  // As the title reads, without its line-break hints: "Dead\u00adline" is one word, as in a text of it.
  const text = withoutBreakHints(block.text)
  const visible = text === block.text ? block : { ...block, text, words: countWords(text) }
  return findTextTitle([visible]) === 0
}

/** Words of a section label over the headline ("Business", "City Hall"). */
const SECTION_WORDS = 2

/**
 * The line the title is read from: the first line (`findTextTitle` with
 * `firstLine`) unless it is a section label of a word or two standing right
 * over the line the content is anchored on (`anchor`).
 */
export function findTitleLine(blocks: readonly Block[], anchor: number): number {
  const line = findTextTitle(blocks, true)
  const first = blocks[0]
  return line === 0 && anchor === 1 && first && first.words <= SECTION_WORDS ? anchor : line
}
