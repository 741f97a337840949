/**
 * Short lines the context rule dropped between two kept paragraphs of a
 * plain-text article: a table's rows, an address block, a spec sheet or a
 * checklist that the run test and the neighbour pass took for a menu. When
 * the final classes keep the blocks right above and right below such a run,
 * more than BRIDGE_WORDS kept words stand above and below it (the title
 * aside), at least BRIDGE_SHARE as many below as above, the run is at most
 * BRIDGE_BLOCKS long and half its lines read as data or sentences (or the
 * line model does not doubt them), the run is the article's. So is a run of
 * bare names shorter than TAIL_GAP that a lead-in ending in a colon
 * introduces ("Those states are:"), right above it or in its first two
 * lines, and one of up to BRIDGE_BLOCKS that holds two lines or more the
 * page repeats (`rep`: menu items standing in the article's list).
 * Measured (docs/benchmarks.md, session 8): wcxb-dev text word F1 0.8197
 * → 0.8215, trafilatura-dev 0.8952 → 0.8953; the lead-in, 0.8226 → 0.8227,
 * readability-pages 0.8596 → 0.8599; repeated lines (session 9, with
 * `listItem`), 0.8267 → 0.8269.
 */

import { TAIL_GAP } from './tail.js'

/** Kept words that must stand above the run and below it (the title aside). */
export const BRIDGE_WORDS = 50
/** Longer runs are the page's chrome between the article and another kept part. */
export const BRIDGE_BLOCKS = 20
/** Kept words below the run, as a share of those above: less is the page's tail. */
export const BRIDGE_SHARE = 0.25

/**
 * A line of data or of a sentence: it holds a figure or a colon ("Weight:
 * 2 kg", "Mon–Fri 9–17"), or ends in punctuation (a checklist item). Menus
 * and teaser lists are mostly bare names.
 */
export function dataLine(text: string): boolean {
  return /[\p{N}:]|[.!?;,]$/u.test(text.trim())
}

/** A lead-in to a list: a line ending in a colon ("Ingredients:"). */
export function leadIn(text: string): boolean {
  return /:\s*$/.test(text)
}

/** Lines a lead-in may stand on: right above the run, or its first two. */
const LEAD_REACH = 2

/**
 * Indices of the dropped blocks in runs bridged by kept text. `good[i]` says
 * whether block i is kept, `data[i]` whether it reads as data (a `dataLine`,
 * or a line the line model does not doubt), `lead[i]` whether it is a
 * `leadIn`, `rep[i]` whether it stands elsewhere on the page too,
 * `words[i]` its word count. A longer run would part two clusters
 * for the tail pass, so a lead-in alone bridges only runs under TAIL_GAP.
 */
export function bridgedRuns(
  good: readonly boolean[],
  data: readonly boolean[],
  words: readonly number[],
  titleIndex: number,
  lead: readonly boolean[] = [],
  rep: readonly boolean[] = [],
): number[] {
  let total = 0
  for (let i = 0; i < good.length; i++) if (good[i] && i !== titleIndex) total += words[i] ?? 0
  const out: number[] = []
  let above = 0
  let i = 0
  while (i < good.length) {
    if (good[i]) {
      if (i !== titleIndex) above += words[i] ?? 0
      i++
      continue
    }
    let j = i
    while (j < good.length && !good[j]) j++
    const bridged = i > 0 && j < good.length && i - 1 !== titleIndex
    const below = total - above
    const inside = above > BRIDGE_WORDS && below > BRIDGE_WORDS && below >= above * BRIDGE_SHARE
    let shaped = 0
    let reps = 0
    for (let k = i; k < j; k++) {
      if (data[k]) shaped++
      if (rep[k]) reps++
    }
    let led = false
    for (let k = i - 1; k < Math.min(i + LEAD_REACH, j); k++) if (lead[k]) led = true
    const listed = shaped * 2 >= j - i || (led && (j - i < TAIL_GAP || reps >= 2))
    if (bridged && inside && j - i <= BRIDGE_BLOCKS && listed)
      for (let k = i; k < j; k++) out.push(k)
    i = j
  }
  return out
}
