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
