/**
 * The list of a listing or a shop page in plain text: below a lead-in (a
 * category's introduction, a product's blurb) stand the page's items, one
 * bare name or title a line, which the context rule and `repeated-line`
 * take for a menu (a card's title shown twice reads as a menu entry shown
 * twice). On a page the text guess calls a listing or a shop's, a run of
 * LIST_RUN or more such drops right below kept text whose lines the line
 * model does not doubt as a whole (mean LIST_MEAN or more; menus score
 * lower, line by line) is the page's list. Measured (docs/benchmarks.md,
 * session 9; with a site's home page read as a listing): wcxb-dev text word
 * F1 0.8227 → 0.8252, trafilatura-dev 0.8953 → 0.8960, readability-pages
 * unchanged.
 */

/** Lines in a row that make a list rather than a few stray drops. */
export const LIST_RUN = 8
/** The least mean line-model probability of the run's lines on a shop's page… */
export const LIST_MEAN = 0.25
/** …and on a listing, whose lines are more often its items than a shop's are. */
export const LISTING_MEAN = 0.2
/** The rules whose drops a list's lines are. */
const LIST_RULES: ReadonlySet<string> = new Set(['boilerplate-context', 'repeated-line'])
/** A shop grid's own controls above its items: a count, sorting, filters. */
const FACET =
  /^(?:\d[\d,.]*\s+(?:items?|products?|results?)$|showing \d|sort\b|filters?$)|\brefine by\b/iu

/**
 * Indices of the dropped blocks that form a page's list. `dropped` maps each
 * dropped block's index to its rule's id, `count` is the number of blocks;
 * `scores` gives the line model's probabilities, asked for only when a long
 * enough run is found; `least` is the least mean probability (LIST_MEAN or
 * LISTING_MEAN). The title is neither kept text nor part of a run. With
 * `text`, a run's lines that are the grid's controls (FACET) stay dropped.
 */
export function listRuns(
  dropped: ReadonlyMap<number, string>,
  count: number,
  titleIndex: number,
  scores: () => readonly number[],
  least = LIST_MEAN,
  text?: (index: number) => string,
): number[] {
  const listed = (i: number) => i !== titleIndex && LIST_RULES.has(dropped.get(i) ?? '')
  const out: number[] = []
  let p: readonly number[] | null = null
  for (let i = 0; i + 1 < count; i++) {
    if (i === titleIndex || dropped.has(i) || !listed(i + 1)) continue
    let j = i + 1
    while (j < count && listed(j)) j++
    if (j - i - 1 < LIST_RUN) continue
    p ??= scores()
    let sum = 0
    for (let k = i + 1; k < j; k++) sum += p[k] ?? 0
    if (sum / (j - i - 1) >= least)
      for (let k = i + 1; k < j; k++) if (!FACET.test(text?.(k).trim() ?? '')) out.push(k)
    i = j - 1
  }
  return out
}
