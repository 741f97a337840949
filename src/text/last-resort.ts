/**
 * The last resort for a text page both passes kept almost nothing of (a
 * shop's grid or a listing read as menus), the counterpart of HTML's
 * whole-body fallback: the page judged without the context rule (jusText's
 * statistics), the rules that name a kind of boilerplate and those that find
 * copies (`duplicate-block`, `repeated-line`: a menu shown twice) still on.
 * Its answer is taken only when what it keeps reads as text (docs/benchmarks.md).
 */
import { countSymbols } from '../features.js'
import type { Block, Rule } from '../types.js'

/** The rules of the last resort: every rule but the context rule. */
export function lastResortRules(rules: readonly Rule[]): Rule[] {
  return rules.filter((rule) => rule.id !== 'boilerplate-context')
}

/**
 * Kept lines must average this many words: a page of one- and two-word lines
 * (an archive of months, a blog's labels) has no content to give; product
 * and story names are longer (at 1.5, a blog page whose text holds only its
 * labels leaked them: docs/benchmarks.md).
 */
export const LENIENT_LINE_WORDS = 2
/** …and hold at most this share of symbols (binary junk read as windows-1252). */
export const LENIENT_SYMBOLS = 0.15

/** Whether the lines kept (not in `dropped`, the title aside) read as text. */
export function keptLinesSay(
  blocks: readonly Block[],
  titleIndex: number,
  dropped: ReadonlySet<number> | ReadonlyMap<number, unknown>,
): boolean {
  let lines = 0
  let words = 0
  let symbols = 0
  let chars = 0
  for (const block of blocks) {
    if (block.index === titleIndex || dropped.has(block.index)) continue
    lines++
    words += block.words
    symbols += countSymbols(block.text)
    chars += block.text.length
  }
  return lines > 0 && words >= lines * LENIENT_LINE_WORDS && symbols <= chars * LENIENT_SYMBOLS
}
