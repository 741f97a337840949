/**
 * Property tests: for any input, `cleanArticle` returns a whole article
 * without throwing, the same one every time, with no word that the input
 * lacks, and with text that a second, plain-text pass leaves alone.
 * Runs are few and seeded (fast-check picks a new seed only when
 * FC_SEED is set), so the suite stays fast and failures reproduce.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type CleanArticle, cleanArticle } from '../src/index.js'
import { FIELDS } from './helpers.js'
import {
  asTitleReads,
  bytes,
  codeUnitString,
  htmlish,
  inventedWords,
  plainText,
  readings,
} from './property-support.js'

const RUNS = 120
const SETTINGS = { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? 20240229) }

type Input = string | Uint8Array

const inputs: Array<[string, fc.Arbitrary<Input>]> = [
  ['any string', fc.string({ maxLength: 400 })],
  ['any string of code points', fc.string({ unit: 'binary', maxLength: 400 })],
  ['any string of code units (lone surrogates)', codeUnitString],
  ['plain text of phrases', plainText],
  ['HTML-ish markup', htmlish],
  ['any bytes', bytes],
]

function isArticle(article: CleanArticle): boolean {
  return (
    typeof article === 'object' &&
    FIELDS.every((field) => Object.hasOwn(article, field)) &&
    typeof article.text === 'string' &&
    Number.isInteger(article.wordCount)
  )
}

/** No lone surrogate, no NUL or other C0 control but tab and newline, no DEL. */
function wellFormed(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text)) return false
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)
}

describe.each(inputs)('for %s', (_, arbitrary) => {
  it('returns a whole article and never throws', () => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        expect(isArticle(cleanArticle(input))).toBe(true)
        expect(isArticle(cleanArticle(input, { format: 'text' }))).toBe(true)
        expect(isArticle(cleanArticle(input, { format: 'html' }))).toBe(true)
      }),
      SETTINGS,
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        expect(cleanArticle(input)).toEqual(cleanArticle(input))
      }),
      SETTINGS,
    )
  })

  it('invents no word: each word of the text occurs in the decoded input', () => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        const article = cleanArticle(input)
        const sources = readings(input, article.format === 'html')
        expect(inventedWords(article.text, sources)).toEqual([])
        if (article.title !== null) expect(inventedWords(article.title, sources)).toEqual([])
      }),
      SETTINGS,
    )
  })

  it('gives well-formed text: no lone surrogates, no NUL or control characters', () => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        for (const format of ['auto', 'text', 'html'] as const) {
          const article = cleanArticle(input, { format })
          expect(wellFormed(article.text), JSON.stringify(article.text)).toBe(true)
          for (const block of article.blocks) expect(wellFormed(block.text)).toBe(true)
        }
      }),
      SETTINGS,
    )
  })
})

/** The blocks of an article's text. */
const blocksOf = (text: string): string[] => (text === '' ? [] : text.split('\n\n'))

/**
 * Cleaning the text of a plain-text page again drops nothing, with two
 * narrowings, both inherent to reading text without markup:
 * - The text is the body without its title or list markers, so a second
 *   pass looks for a headline among its blocks, and a short block ("A 0"
 *   that was a list item, "Council Approves Budget" that was a paragraph)
 *   can become the title (and the old title, above it, a section label or
 *   header). So the page is given back with its title above
 *   the body, as a text page has it; if the second pass still takes a
 *   block of the body as its title, the blocks after it must come back
 *   unchanged, and the blocks before it may go: lines above a text's title
 *   are its page header (navigation), which text mode trims by design.
 * - Only plain-text first passes are compared here. Text cleaned from HTML
 *   is checked in test/idempotence.test.ts: it comes back unchanged when
 *   it reads as clean (docs/architecture.md, "Idempotence").
 */
describe.each(inputs)('cleaning the text of %s (read as text) again', (_, arbitrary) => {
  it('keeps it unchanged (blocks up to a new title apart)', () => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        const first = cleanArticle(input, { format: 'text' })
        const page = first.title === null ? first.text : `${first.title}\n\n${first.text}`
        const second = cleanArticle(page, { format: 'text' })
        const before = blocksOf(first.text)
        const after = blocksOf(second.text)
        if (after.join('\n\n') === before.join('\n\n')) {
          expect(second.removed.map((r) => r.text)).toEqual([])
          return
        }
        // The second pass took block `at` of the body as its title.
        const title = second.title ?? ''
        const rest = (i: number): string => before.slice(i + 1).join('\n\n')
        const at = before.findIndex(
          (block, i) => asTitleReads(block).startsWith(title) && rest(i) === after.join('\n\n'),
        )
        expect(title).not.toBe('')
        expect(at).toBeGreaterThanOrEqual(0)
        // What goes is the header above the new title, or the old title itself.
        const header = [...before.slice(0, at), first.title]
        expect(second.removed.every((r) => header.includes(r.text))).toBe(true)
      }),
      SETTINGS,
    )
  })
})
