/**
 * A consent manager's preference centre, which a scraper's text of the page
 * carries at its end whatever the page: OneTrust's "Privacy Preference
 * Center" with a paragraph for each kind of cookie, or the IAB framework's
 * "We and our 842 partners store and/or access information on a device…"
 * with a line for each purpose. Its paragraphs read as prose, so the context
 * rule keeps them, and on a listing or a thread they outweigh the page's own
 * text. From its heading to the end of the page, once CENTER_SHARE of the
 * kept words stand above it, nothing is the article's. Measured
 * (docs/benchmarks.md, session 9): wcxb-dev text word F1 0.8252 → 0.8258,
 * trafilatura-dev and readability-pages unchanged.
 */
import type { Block } from '../types.js'

/** The heading or first line of a preference centre. */
export const CENTER =
  /^(?:privacy preference cent(?:er|re)|manage consent preferences|we and our (?:\d+ )?partners (?:store|process)\b)/i

/** Share of the kept words that must stand above the centre (a banner at the top is not one). */
export const CENTER_SHARE = 0.3

/**
 * Indices of the kept blocks from the first preference centre to the end of
 * the page, or none. `dropped` holds the dropped blocks; the title and what
 * is above it count as neither.
 */
export function consentCenter(
  blocks: readonly Block[],
  titleIndex: number,
  dropped: ReadonlySet<number>,
): number[] {
  let total = 0
  for (let i = titleIndex + 1; i < blocks.length; i++)
    if (!dropped.has(i)) total += blocks[i]?.words ?? 0
  let above = 0
  for (let i = titleIndex + 1; i < blocks.length; i++) {
    const block = blocks[i] as Block
    if (CENTER.test(block.text.trim()) && above > 0 && above >= total * CENTER_SHARE) {
      const out: number[] = []
      for (let k = i; k < blocks.length; k++) if (!dropped.has(k)) out.push(k)
      return out
    }
    if (!dropped.has(i)) above += block.words
  }
  return []
}
