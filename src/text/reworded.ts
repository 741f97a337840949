/**
 * The visible headline of a scraper's text when it rewords the `<title>` on
 * its first line: the headline under the menus says it otherwise ("Top 10
 * Health and Nutrition Trends to Watch" under "Health And Nutrition Trends
 * For 2026"). Found by the words the two share; the byline and the dateline
 * are looked for under it.
 */
import type { Block } from '../types.js'

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
