/**
 * Recall escalation for plain text, the counterpart of the HTML locator's
 * (`docs/architecture.md`): when the strict pass keeps a small share of the
 * text below the title, and little of it, the page is not one article with
 * chrome around it but a listing, a shop grid, a thread or a landing page,
 * and the relaxed pass (no menu runs, function-word-poor lines near-good)
 * judges it instead. Measured on wcxb-dev text: 0.792 → 0.799 word F1,
 * trafilatura-dev unchanged (docs/benchmarks.md).
 */
import type { Block } from '../types.js'

/** Kept words under this share of the words below the title… */
export const ESCALATE_SHARE = 0.15
/** …and under this many words: an article's body kept beside a long menu is larger. */
export const ESCALATE_WORDS = 300

/**
 * Whether the strict pass kept too little of a text page: `dropped` holds
 * the indices of the blocks it dropped, `titleIndex` the title (-1: none).
 */
export function keptTooLittle(
  blocks: readonly Block[],
  titleIndex: number,
  dropped: ReadonlySet<number> | ReadonlyMap<number, unknown>,
): boolean {
  let below = 0
  let kept = 0
  for (const block of blocks) {
    if (block.index <= titleIndex) continue
    below += block.words
    if (!dropped.has(block.index)) kept += block.words
  }
  return below > 0 && kept < below * ESCALATE_SHARE && kept < ESCALATE_WORDS
}

/**
 * The last resort for a text page both passes kept almost nothing of (a
 * shop's grid read as menus): the rules that name a kind of boilerplate
 * alone. Its answer is taken only when its lines average this many words at
 * least: a page of one-word lines (an archive of months, a tag cloud around
 * an article the scraper missed) has no content to give.
 */
export const LENIENT_LINE_WORDS = 1.5

/** Whether the lines kept (not in `dropped`, the title aside) average LENIENT_LINE_WORDS words or more. */
export function keptLinesSay(
  blocks: readonly Block[],
  titleIndex: number,
  dropped: ReadonlySet<number> | ReadonlyMap<number, unknown>,
): boolean {
  let lines = 0
  let words = 0
  for (const block of blocks) {
    if (block.index === titleIndex || dropped.has(block.index)) continue
    lines++
    words += block.words
  }
  return lines > 0 && words >= lines * LENIENT_LINE_WORDS
}
