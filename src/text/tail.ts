/**
 * The tail of a plain-text page: after the article, a scraper's text goes on
 * with author boxes, newsletter pitches, teasers of other stories and
 * comments, many of them whole sentences that read as good text. They stand
 * apart from the article, past a stretch of short lines (share buttons,
 * tags, headings of related boxes), and they are small beside it.
 */

/** Blocks that are not good text, in a row, that part two clusters. */
export const TAIL_GAP = 12
/** A cluster after the main one is dropped when smaller than this share of it. */
export const TAIL_SHARE = 0.3

interface Cluster {
  start: number
  end: number
  words: number
}

/**
 * Indices of the good blocks that form small clusters after the main one.
 * `good[i]` says whether block i was classed good, `words[i]` its word count;
 * the title (`titleIndex`) counts as neither.
 */
export function tailClusters(
  good: readonly boolean[],
  words: readonly number[],
  titleIndex: number,
): number[] {
  const clusters: Cluster[] = []
  let open: Cluster | null = null
  let gap = 0
  for (let i = 0; i < good.length; i++) {
    if (!good[i] || i === titleIndex) {
      gap++
      continue
    }
    if (!open || gap >= TAIL_GAP) {
      open = { start: i, end: i, words: 0 }
      clusters.push(open)
    }
    open.end = i
    open.words += words[i] ?? 0
    gap = 0
  }
  let main: Cluster | undefined
  for (const c of clusters) if (!main || c.words > main.words) main = c
  const out: number[] = []
  if (!main) return out
  for (const c of clusters) {
    if (c.start <= main.start || c.words >= main.words * TAIL_SHARE) continue
    for (let i = c.start; i <= c.end; i++) if (good[i]) out.push(i)
  }
  return out
}
