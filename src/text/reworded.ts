/**
 * The visible headline of a scraper's text when it rewords the `<title>` on
 * its first line: the headline under the menus says it otherwise ("Top 10
 * Health and Nutrition Trends to Watch" under "Health And Nutrition Trends
 * For 2026"). Found by the words the two share; taken for the title only
 * when a byline, a date or a reading time stands right under it.
 */
import { findDates } from '../meta/dates.js'
import type { Block } from '../types.js'
import { bylineAt } from './byline.js'

const TOKEN = /[\p{L}\p{N}]+/gu

/** The words of a text that name something: three letters or more, or a number. */
export function tokens(text: string): Set<string> {
  const out = new Set<string>()
  for (const [word] of text.toLowerCase().matchAll(TOKEN))
    if (word.length >= 3 || /^\d+$/u.test(word)) out.add(word)
  return out
}

/**
 * The first line after the title that rewords it, or -1: a short line that
 * shares at least half its words with the title and holds at least half of
 * the title's.
 */
export function rewordingOf(
  blocks: readonly Block[],
  titleIndex: number,
  title: string | null,
): number {
  if (!title || titleIndex < 0) return -1
  const want = tokens(title)
  if (want.size < 2) return -1
  for (let i = titleIndex + 1; i < blocks.length; i++) {
    const block = blocks[i] as Block
    if (block.words > 30 || block.words < 2 || /[.:;,]$/u.test(block.text)) continue
    const have = tokens(block.text)
    let shared = 0
    for (const word of have) if (want.has(word)) shared++
    if (2 * shared >= want.size && 2 * shared >= have.size) return i
  }
  return -1
}

/** "8 min read", "11 min": a reading time. */
const READING_TIME = /^\d+\s*min/iu
/** A breadcrumb ("Home » Blog » Headline") or a line led by a symbol is no headline. */
const CRUMB = /[»›►]|\s\/\s|^[^\p{L}\p{N}"“‘'¿¡]/u

/** Letters and digits, quotes and dashes folded: the same headline typed otherwise. */
const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** A byline, a date or a reading time on a short line. */
function metaLine(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i]
  if (!block || block.words > 14) return false
  return READING_TIME.test(block.text) || findDates(block.text).length > 0 || !!bylineAt(blocks, i)
}

/**
 * The visible headline rewording the `<title>` line at the top of a text, or
 * null: the first rewording with a byline, a date or a reading time on one
 * of the three lines under it (a menu line that happens to share words has none).
 */
export function visibleHeadline(blocks: readonly Block[], title: string): string | null {
  const at = rewordingOf(blocks, 0, title)
  if (at < 0) return null
  const text = (blocks[at] as Block).text
  if (CRUMB.test(text) || fold(text) === fold(title)) return null
  // Another day's edition ("Weekly Edition for April 23" under "… for March 26").
  const day = findDates(title)[0]
  if (day && findDates(text)[0]?.iso !== day.iso) return null
  return [1, 2, 3].some((d) => metaLine(blocks, at + d)) ? text : null
}
