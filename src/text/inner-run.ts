/**
 * A run of short lines inside a plain-text article: a list, a table, a spec
 * sheet or a set of steps between paragraphs. The context rule takes a run of
 * four or more short lines for a menu or a footer unless good text stands
 * right before and right after it; but a list often stands between a heading
 * or a lead-in line and the next paragraph, and a table's rows between two
 * short captions. When good text that the line model is sure of stands
 * above the run and below it, and the model does not doubt the run's lines,
 * the run is the article's. Measured (docs/benchmarks.md, session 6): wcxb-dev text word F1
 * 0.8081 → 0.815, trafilatura-dev snippet F1 0.8884 → 0.891.
 */

/** Words of sure good text that must stand above the run and below it (the title aside). */
export const INNER_WORDS = 50
/** The least mean probability of the run's lines under the line model. */
export const INNER_MEAN = 0.25

/**
 * A test of whether the run of blocks `[start, end)` is inside the article:
 * `good[i]` says whether block i is good text the model is sure of,
 * `words[i]` its word count, `scores[i]` the line model's probability.
 */
export function innerRunTest(
  good: readonly boolean[],
  words: readonly number[],
  titleIndex: number,
  scores: readonly number[],
): (start: number, end: number) => boolean {
  // goodBefore[i]: good words in blocks [0, i), the title aside.
  const goodBefore: number[] = [0]
  let sum = 0
  for (let i = 0; i < good.length; i++) {
    if (good[i] && i !== titleIndex) sum += words[i] ?? 0
    goodBefore.push(sum)
  }
  return (start, end) => {
    const above = goodBefore[start] ?? 0
    const below = sum - (goodBefore[end] ?? sum)
    if (above <= INNER_WORDS || below <= INNER_WORDS) return false
    let total = 0
    for (let k = start; k < end; k++) total += scores[k] ?? 0
    return total / (end - start) >= INNER_MEAN
  }
}
