/**
 * The line model's score: the probability that a line of a plain-text page
 * belongs to the article, from a logistic regression over
 * `./line-features.ts` (weights in `./line-model.ts`, fitted by
 * `scripts/train-lines.ts`).
 */
import type { Block } from '../types.js'
import { lineFeatures } from './line-features.js'
import { LINE_MODEL } from './line-model.js'

/**
 * Standardized features are clamped to this many standard deviations: a
 * feature that is nearly constant in training (a page language without a
 * stopword list) would otherwise swamp the sum on the rare page that has it.
 */
export const CLAMP = 4

/** A feature standardized and clamped, as both training and scoring see it. */
export function standardized(value: number, mean: number, scale: number): number {
  return Math.max(-CLAMP, Math.min(CLAMP, (value - mean) / scale))
}

/** The logistic function. */
function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z))
}

/** The probability, for one feature vector, under the shipped model. */
export function scoreFeatures(features: readonly number[]): number {
  let z = LINE_MODEL.bias
  const rows = LINE_MODEL.features
  for (let k = 0; k < rows.length; k++) {
    const [, mean, scale, weight] = rows[k] as (typeof rows)[number]
    z += weight * standardized(features[k] ?? 0, mean, scale)
  }
  return sigmoid(z)
}

/**
 * How much of a line's log-odds comes from its two neighbours' (their mean):
 * lines of an article come in runs, so a lone doubtful line amid sure ones
 * follows them. Measured (docs/benchmarks.md, session 5): held out,
 * trafilatura-dev snippet F1 0.8755 → 0.8769 (model fitted on wcxb-dev
 * alone) and wcxb-dev's odd half 0.8043 → 0.8062 (model fitted on the even
 * half); 0.3 and 0.5 score alike, 0.6 and a window of two lines each side lower.
 */
export const NEIGHBOUR_WEIGHT = 0.4

function logit(p: number): number {
  return Math.log(p / (1 - p))
}

/**
 * Each line's log-odds moved NEIGHBOUR_WEIGHT of the way towards the mean of
 * its neighbours' (one each side; a page's first and last lines have one).
 */
export function smoothed(scores: readonly number[]): number[] {
  const z = scores.map(logit)
  return z.map((own, i) => {
    const before = z[i - 1]
    const after = z[i + 1]
    const near = [before, after].filter((v): v is number => v !== undefined)
    const mean = near.length ? near.reduce((a, b) => a + b, 0) / near.length : own
    return sigmoid((1 - NEIGHBOUR_WEIGHT) * own + NEIGHBOUR_WEIGHT * mean)
  })
}

/** For every block of a text page, the probability that it is article text. */
export function lineScores(
  blocks: readonly Block[],
  titleIndex: number,
  lang: string | null,
): number[] {
  return smoothed(lineFeatures(blocks, titleIndex, lang).map(scoreFeatures))
}
