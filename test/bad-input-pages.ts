/**
 * Shared by the bad-input tests (test/bad-input.test.ts,
 * test/bad-input-sizes.test.ts): two paragraphs of prose and \`clean\`, which
 * checks that a result is a whole, consistent article.
 */
import { expect } from 'vitest'
import { type CleanArticle, type CleanOptions, cleanArticle } from '../src/index.js'
import { FIELDS } from './helpers.js'

/** Per-test timeout for the big inputs: a hang fails, a slow run does not. */
export const HEAVY = 120_000

export const P =
  'The city council voted on Tuesday night to approve a new budget for the coming year, ending weeks of debate over funding for parks, roads and public safety, and the mayor said that it was a fair plan for all of the residents.'
export const P2 =
  'Opponents argued that the increase would be a burden for seniors on fixed incomes, while supporters said that the repairs could not wait any longer and that the roads were in a bad state.'

/** Clean, and check that the result is a whole, consistent article. */
export function clean(
  input: string | Uint8Array | ArrayBuffer,
  options?: CleanOptions,
): CleanArticle {
  const article = cleanArticle(input, options)
  expect(article).toBeTypeOf('object')
  for (const field of FIELDS) expect(Object.hasOwn(article, field), field).toBe(true)
  expect(typeof article.text).toBe('string')
  expect(Number.isInteger(article.wordCount)).toBe(true)
  expect(article.wordCount).toBeGreaterThanOrEqual(0)
  return article
}
