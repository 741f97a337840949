/**
 * Idempotence over real output (issue 7): the text of an article, cleaned
 * from HTML or from text, cleaned again as plain text with its title above
 * it, comes back unchanged. The fixtures are real output of the library on
 * the project's own pages; the property runs the same check on random
 * markup, wherever the result reads as clean (`src/text/already-clean.ts`).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classify } from '../src/classify/classify.js'
import { type CleanArticle, cleanArticle, recommended } from '../src/index.js'
import { laidOutInParagraphs } from '../src/text/already-clean.js'
import { prepareText } from '../src/text/prepare.js'
import { splitLines } from '../src/text/segment.js'
import { htmlish } from './property-support.js'

const ROOT = join(import.meta.dirname, '..', 'fixtures')
const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()

/** The article as a text page: its title above its text, as the text file of a page has it. */
const pageOf = (article: CleanArticle): string =>
  article.title === null ? article.text : `${article.title}\n\n${article.text}`

describe('cleaning the text of a fixture again', () => {
  for (const name of cases) {
    it(name, () => {
      const dir = join(ROOT, name)
      const input = readdirSync(dir).find((f) => f.startsWith('input.')) as string
      const first = cleanArticle(readFileSync(join(dir, input)))
      const second = cleanArticle(pageOf(first), { format: 'text' })
      expect(second.text).toBe(first.text)
      expect(second.title).toBe(first.title)
      expect(second.removed).toEqual([])
    })
  }
})

const specific = recommended.filter((rule) => !rule.aggressive)

/**
 * Whether a text reads as clean: laid out in paragraphs and, read line by
 * line under its first paragraph, free of every kind of boilerplate the
 * specific rules name (what `cleanArticle` tests before keeping it whole).
 */
function readsClean(text: string): boolean {
  if (!laidOutInParagraphs(splitLines(text))) return false
  return classify(prepareText(text, null, 'lines'), specific, {}, false).drops.size === 0
}

describe('cleaning the text of an HTML result again', () => {
  it('keeps it unchanged when it reads as clean, as most results do', () => {
    let nonEmpty = 0
    let clean = 0
    fc.assert(
      fc.property(htmlish, (input) => {
        const first = cleanArticle(input, { format: 'html' })
        if (first.text === '') return
        nonEmpty++
        const page = pageOf(first)
        if (!readsClean(page)) return
        clean++
        const second = cleanArticle(page, { format: 'text' })
        expect(second.text).toBe(first.text)
        expect(second.removed).toEqual([])
      }),
      { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20240229) },
    )
    // Not a vacuous property: the check ran on most results with a body.
    expect(clean).toBeGreaterThan(nonEmpty / 2)
  })
})
