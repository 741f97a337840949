/**
 * Helpers shared by the tests under test/: the fields every `CleanArticle`
 * has, and the word count it is expected to report.
 */
import type { CleanArticle } from '../src/index.js'

/** Every field of `CleanArticle`. */
export const FIELDS = [
  'title',
  'byline',
  'published',
  'siteName',
  'lang',
  'url',
  'excerpt',
  'image',
  'section',
  'format',
  'blocks',
  'text',
  'html',
  'markdown',
  'wordCount',
  'captions',
  'authorBio',
  'removed',
] as const satisfies readonly (keyof CleanArticle)[]

/** Words as `CleanArticle.wordCount` counts them (for text without CJK). */
const WORD = /[\p{L}\p{N}\p{Mn}\p{Mc}_]+/gu

/** How many words `CleanArticle.wordCount` should report for `text` (without CJK). */
export function wordsIn(text: string): number {
  return text.match(WORD)?.length ?? 0
}
