/**
 * Catastrophic backtracking. Every regex of src/ (literals read with the
 * TypeScript compiler, `new RegExp` objects recorded while the modules load
 * and the pipeline runs: test/regex-sources.ts) is checked with recheck.
 * Exponential patterns fail the test outright. Polynomial ones fail unless
 * listed below, each with the reason its worst case cannot be reached (its
 * inputs are collapsed to single spaces, or short lines); the adversarial
 * cases at the end run the whole pipeline on the long runs of characters
 * those patterns repeat, so a listed pattern that does blow up still fails
 * (by the test timeout). `npx tsx scripts/regex-audit.ts` prints the
 * verdicts with recheck's attack strings.
 */
import { describe, expect, it } from 'vitest'
import { type Collected, checkRegex, collect } from './regex-check.js'

/**
 * Known polynomial (degree 2) patterns: [file, start of source, why tolerable].
 * Most are anchored rule patterns whose attack needs a long run of
 * whitespace inside one block (block text is collapsed to single spaces)
 * or a line of thousands of characters of one shape (the rules test blocks
 * of at most 12–40 words first).
 */
const KNOWN: Array<[string, string, string]> = [
  ['src/meta/byline.ts', '(?<!\\s)\\s*(?:[|•', 'bylines are collapsed and at most 100 characters'],
  ['src/meta/byline.ts', '(?<!\\s)\\s+(?:Jan', 'bylines are collapsed and at most 100 characters'],
  ['src/meta/byline.ts', '^(.+?)\\s*\\(', 'bylines are collapsed and at most 100 characters'],
  [
    'src/meta/byline.ts',
    '^(?:(?:written',
    'tested on collapsed block text; needs a whitespace run',
  ],
  ['src/rules/author-bio.ts', '\\s(?:by|von', 'collapsed text; by-lines of at most 80 words'],
  ['src/rules/merch-ad.ts', '(?:[$€£¥₹]', 'a digit run of 50,000+ characters costs < 1 s'],
  ['src/rules/navigation.ts', '^(?:«\\s*|‹', 'collapsed text, blocks of at most 20 words'],
  ['src/rules/navigation.ts', '^(?:home|start', 'collapsed text, blocks of at most 30 words'],
  ['src/rules/page-meta.ts', '^(?:(?:tags?', 'collapsed text, blocks of at most 25 words'],
  ['src/rules/page-meta.ts', '^(?:(?:mon|tue', 'collapsed text, blocks of at most 10 words'],
  ['src/rules/related-links.ts', '^(?:en savoir', 'collapsed text; needs a whitespace run'],
  [
    'src/rules/newsletter-box.ts',
    '(?:\\b(?:sign up',
    'guarded by a word test; blocks of at most 50 words (recheck finds the attack on some runs only)',
  ],
  [
    'src/rules/newsletter-box.ts',
    '^\\W*(?:[^.]{0,60}',
    'collapsed text; needs a whitespace run, in lines of at most 90 words',
  ],
  ['src/rules/source-link.ts', '^(?:source link', 'collapsed text, blocks of at most 12 words'],
  ['src/rules/image-caption.ts', '(?:(?:^|[.!?…', 'captions of at most 1,000 characters'],
  ['src/text/dump.ts', '^\\s*(?:\\d{1,5}\\.', 'only on lines after a References line'],
  [
    'src/text/line-features.ts',
    'https?:\\/\\/|www',
    'needs a run of "-d" pairs; linear in practice',
  ],
  [
    'src/text/line-features.ts',
    '^\\(?\\d[\\d.,]*',
    'needs a run of "0," pairs; linear in practice',
  ],
  ['src/text/byline.ts', '(?<=\\S)\\s*(?:[|•', 'bylines: collapsed lines of at most 14 words'],
  ['src/meta/dates.ts', '(?<![\\d])(\\d{1,2})', 'dates are searched in short strings'],
]

const known = (where: string, source: string): boolean =>
  KNOWN.some(([file, start]) => where.startsWith(file) && source.startsWith(start))

// The whole check takes about 2 minutes on a quiet machine, over 4 on a loaded one.
const HEAVY = 900_000

/**
 * The checker itself still fails what it must, by either of recheck's
 * checkers (the automaton decides patterns without lookarounds; a
 * lookbehind sends a pattern to the fuzzer).
 */
const CATASTROPHIC: Array<[string, string, string, string]> = [
  ['(a+)+$', '', 'exponential', 'automaton'],
  ['(?:a|a)*b', 'u', 'exponential', 'automaton'],
  ['(?<=x)(a+)+$', '', 'exponential', 'fuzz'],
  ['\\s+$', '', 'polynomial', 'automaton'],
  ['(?<!y)\\s+$', '', 'polynomial', 'fuzz'],
]

describe('the check', () => {
  it.each(CATASTROPHIC)(
    'flags /%s/%s as %s (%s)',
    { timeout: HEAVY },
    async (source, flags, complexity, checker) => {
      const verdict = await checkRegex({ source, flags })
      expect(verdict.status).toBe('vulnerable')
      expect(verdict.complexity).toBe(complexity)
      expect(verdict.checker).toBe(checker)
    },
  )

  it('passes a linear pattern, by both checkers', { timeout: HEAVY }, async () => {
    expect((await checkRegex({ source: '^\\w+$', flags: '' })).status).toBe('safe')
    expect((await checkRegex({ source: '(?<!y)^\\w+$', flags: '' })).status).toBe('safe')
  })
})

describe('regular expressions of src/', () => {
  let collected: Collected

  it('are all collected, literal and constructed', { timeout: HEAVY }, async () => {
    collected = await collect()
    expect(collected.regexes.length).toBeGreaterThan(150)
    // Every file that builds regexes with RegExp(…) had them recorded.
    for (const file of collected.constructing) expect(collected.recordedFrom).toContain(file)
  })

  it('none is exponential, and no polynomial one is unlisted', { timeout: HEAVY }, async () => {
    expect(collected).toBeDefined()
    const failures: string[] = []
    for (const regex of collected.regexes) {
      const verdict = await checkRegex(regex)
      if (verdict.status === 'safe') continue
      const tolerated =
        verdict.status === 'vulnerable' &&
        verdict.complexity === 'polynomial' &&
        known(regex.where, regex.source)
      if (!tolerated) {
        failures.push(
          `${verdict.status} ${verdict.complexity ?? ''} ${regex.where} /${regex.source}/${regex.flags} ${verdict.attack ?? ''}`,
        )
      }
    }
    expect(failures).toEqual([])
  })
})

const P =
  'The city council voted on Tuesday night to approve a new budget for the coming year, ending weeks of debate over funding for parks, roads and public safety.'

/** Long runs of what the patterns repeat, alone and around an article. */
const RUNS: Array<[string, string]> = [
  ['spaces', ' '],
  ['tabs', '\t'],
  ['dots', '.'],
  ['dashes', '-'],
  ['pipes', '|'],
  ['letters', 'a'],
  ['digits', '0'],
  ['digit-commas', '0,'],
  ['colons', ':'],
  ['"-d" pairs', '-d'],
  ['"By "', 'By '],
  ['"by\\t"', 'by\t'],
  ['"privacy terms "', 'privacy terms '],
  ['"Photo: "', 'Photo: '],
  ['"prev "', 'prev '],
  ['"home / "', 'home / '],
  ['"Tags: "', 'Tags: '],
  ['"Source: "', 'Source: '],
  ['"12 Jan "', '12 Jan '],
  ['"(AP "', '(AP '],
  ['"$1"', '$1'],
  ['"a@b."', 'a@b.'],
  ['"» "', '» '],
]

describe.each(RUNS)('a 50,000-character run of %s', (_, unit) => {
  const run = unit.repeat(Math.ceil(50_000 / unit.length))

  it.each(['text', 'html'] as const)(
    'returns, as %s, with the article around it',
    { timeout: HEAVY },
    async (format) => {
      // Imported here, not above: the collection must load src/ first, under its recorder.
      const { cleanArticle } = await import('../src/index.js')
      const page =
        format === 'html'
          ? `<html><body><article><p>${P}</p><p>${run}x</p><p>${P}!</p></article></body></html>`
          : `${P}\n\n${run}x\n\n${P}!\n`
      const article = cleanArticle(page, { format })
      expect(article.text).toContain(P)
      expect(cleanArticle(`${run}\n`, { format }).wordCount).toBeGreaterThanOrEqual(0)
    },
  )
})
