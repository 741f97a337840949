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

/** For every block of a text page, the probability that it is article text. */
export function lineScores(
  blocks: readonly Block[],
  titleIndex: number,
  lang: string | null,
): number[] {
  return lineFeatures(blocks, titleIndex, lang).map(scoreFeatures)
}
