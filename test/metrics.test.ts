import { describe, expect, it } from 'vitest'
import {
  type GoldRow,
  normalizeMetadata,
  type PredictionRow,
  score,
  scorePage,
  shingleCounts,
  shingles,
  snippetCounts,
  wordScores,
  words,
} from '../scripts/lib/metrics.js'

const gold = (id: string, text: string, extra: Partial<GoldRow> = {}): GoldRow => ({
  id,
  text,
  ...extra,
})

describe('words and shingles', () => {
  it('splits on anything but letters, digits, marks and _', () => {
    expect(words("Naïve café, don't: 東京 snake_case 42!")).toEqual([
      'Naïve',
      'café',
      'don',
      't',
      '東京',
      'snake_case',
      '42',
    ])
    expect(words('')).toEqual([])
    expect(words(null)).toEqual([])
  })

  it('makes 4-word shingles, one shorter shingle for short texts, none for empty ones', () => {
    expect([...shingles('a b c d e f').keys()]).toEqual(['a b c d', 'b c d e', 'c d e f'])
    expect([...shingles('hello world')]).toEqual([['hello world', 1]])
    expect(shingles('...').size).toBe(0)
  })

  it('counts shingles as a bag and keeps case', () => {
    expect(shingleCounts('x x x x x', 'x x x x')).toEqual({ tp: 1, fp: 0, fn: 1 })
    expect(shingleCounts('A b c d', 'a b c d')).toEqual({ tp: 0, fp: 1, fn: 1 })
  })

  it('counts words as a lower-cased bag', () => {
    const scores = wordScores('x x x x x', 'X x x x')
    expect(scores).toMatchObject({ precision: 1, recall: 0.8 })
    expect(scores.f1).toBeCloseTo(8 / 9, 12)
    expect(wordScores('...', '')).toEqual({ precision: 1, recall: 1, f1: 1 })
    expect(wordScores('...', 'extra')).toEqual({ precision: 0, recall: 0, f1: 0 })
  })
})

describe('text figures', () => {
  const golds = [
    gold('1', 'The quick brown fox jumps over the lazy dog', { type: 'article' }),
    gold('2', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.', { type: 'listing' }),
  ]

  it('gives 1 for a perfect prediction', () => {
    const { summary } = score(
      golds,
      golds.map((row) => ({ id: row.id, text: row.text ?? '' })),
    )
    expect(summary.shingle).toMatchObject({ f1: 1, precision: 1, recall: 1, pages: 2 })
    expect(summary.words).toMatchObject({ f1: 1, precision: 1, recall: 1, pages: 2 })
    expect(summary.missing).toBe(0)
  })

  it('gives 0 for empty and missing predictions', () => {
    const { summary, pages } = score(golds, [{ id: '1', text: '' }])
    expect(summary.shingle?.f1).toBe(0)
    expect(summary.shingle?.recall).toBe(0)
    expect(summary.words).toMatchObject({ f1: 0, precision: 0, recall: 0 })
    expect(summary.missing).toBe(1)
    expect(pages.map((page) => page.missing)).toEqual([false, true])
  })

  it('averages shingle precision and recall over pages, then takes the harmonic mean', () => {
    const { summary, pages } = score(
      [gold('a', 'a b c d e f', { type: 'article' }), gold('b', 'one two three four five')],
      [
        { id: 'a', text: 'a b c d e x' },
        { id: 'b', text: 'one two three four five six seven eight' },
      ],
    )
    // Page a: shingles abcd, bcde shared; cdef missing; cdex extra.
    expect(pages[0]?.shingle).toEqual({ tp: 2, fp: 1, fn: 1, precision: 2 / 3, recall: 2 / 3 })
    // Page b: 2 shared, 3 extra, none missing.
    expect(pages[1]?.shingle).toEqual({ tp: 2, fp: 3, fn: 0, precision: 2 / 5, recall: 1 })
    expect(summary.shingle?.precision).toBeCloseTo(8 / 15, 12)
    expect(summary.shingle?.recall).toBeCloseTo(5 / 6, 12)
    expect(summary.shingle?.f1).toBeCloseTo(80 / 123, 12)
    // Words: a 5 of 6 both ways; b P 5/8, R 1.
    expect(pages[0]?.words?.f1).toBeCloseTo(5 / 6, 12)
    expect(pages[1]?.words).toEqual({ precision: 5 / 8, recall: 1, f1: 10 / 13 })
    expect(summary.words?.f1).toBeCloseTo((5 / 6 + 10 / 13) / 2, 12)
    expect(summary.words?.precision).toBeCloseTo((5 / 6 + 5 / 8) / 2, 12)
  })

  it('leaves pages without gold text out, and splits word F1 by page type', () => {
    const { summary, pages } = score(
      [
        gold('1', 'alpha beta gamma delta', { type: 'article' }),
        gold('2', 'alpha beta', { type: 'article' }),
        gold('3', 'one two three four', { type: 'forum' }),
        gold('4', '', { type: 'forum' }),
      ],
      [
        { id: '1', text: 'alpha beta gamma delta' },
        { id: '2', text: 'alpha' },
        { id: '3', text: '' },
        { id: '4', text: 'anything at all' },
      ],
    )
    expect(pages[3]?.words).toBeUndefined()
    expect(summary.words?.pages).toBe(3)
    expect(summary.wordsByType?.article).toMatchObject({ pages: 2, f1: (1 + 2 / 3) / 2 })
    expect(summary.wordsByType?.forum).toMatchObject({ pages: 1, f1: 0 })
  })

  it('ignores predictions of unknown pages and counts errors', () => {
    const { summary } = score(
      [gold('1', 'alpha beta')],
      [
        { id: '1', text: '', error: 'boom' },
        { id: 'other', text: 'alpha beta' },
      ],
    )
    expect(summary).toMatchObject({ pages: 1, missing: 0, errors: 1 })
    expect(summary.words?.f1).toBe(0)
  })
})

describe('snippets', () => {
  it('finds snippets with whitespace collapsed and case kept', () => {
    const row = { with: ['fox  jumps\nover', 'Lazy dog'], without: ['the quick'] }
    expect(snippetCounts(row, 'The quick brown fox\n\njumps over the lazy dog')).toEqual({
      withFound: 1,
      withMissed: 1,
      withoutFound: 0,
      withoutMissed: 1,
    })
  })

  it('pools counts over pages instead of averaging page F1', () => {
    const { summary } = score(
      [
        { id: '1', with: ['alpha', 'beta'], without: ['gamma'] },
        { id: '2', with: ['delta'], without: ['epsilon', 'zeta'] },
      ],
      [
        { id: '1', text: 'alpha gamma' },
        { id: '2', text: 'delta' },
      ],
    )
    // tp 2, fn 1, fp 1, tn 2: F1 2/3, where the mean of page F1s would be 0.75.
    expect(summary.snippets).toEqual({
      f1: 2 / 3,
      precision: 2 / 3,
      recall: 2 / 3,
      accuracy: 4 / 6,
      tp: 2,
      fp: 1,
      fn: 1,
      tn: 2,
    })
  })

  it('gives only the figures the gold supports', () => {
    const { summary } = score([{ id: '1', with: ['a'], without: [] }], [{ id: '1', text: 'a' }])
    expect(Object.keys(summary).sort()).toEqual(['errors', 'missing', 'pages', 'snippets'])
    expect(summary.snippets?.f1).toBe(1)
  })
})

describe('metadata', () => {
  it('normalises whitespace, case and NFKC', () => {
    expect(normalizeMetadata('  Ｈｅｌｌｏ \n\t World ')).toBe('hello world')
    expect(normalizeMetadata('ﬁle No.\u00a01')).toBe('file no. 1')
    expect(normalizeMetadata(null)).toBe('')
  })

  it('counts a title or author right after normalisation', () => {
    const page = scorePage(
      { id: '1', title: 'Ｔｈｅ  Big\nStory', author: 'Jane Doe' },
      { id: '1', title: ' the big story ', author: 'By Jane Doe' },
    )
    expect(page.metadata.title?.ok).toBe(true)
    expect(page.metadata.author?.ok).toBe(false)
  })

  it('compares published dates on their first 10 characters', () => {
    const rows: GoldRow[] = [
      { id: '1', published: '2021-03-04T10:00:00+01:00' },
      { id: '2', published: '2021-03-04' },
      { id: '3', published: '2021-03-04' },
    ]
    const predictions: PredictionRow[] = [
      { id: '1', published: '2021-03-04' },
      { id: '2', published: '2021-03-04T23:59:00Z' },
      { id: '3', published: '2021-03-05' },
    ]
    const { summary, pages } = score(rows, predictions)
    expect(pages.map((page) => page.metadata.published?.ok)).toEqual([true, true, false])
    expect(summary.metadata?.published).toEqual({ accuracy: 2 / 3, pages: 3 })
  })

  it('counts spurious answers on pages whose gold value is empty', () => {
    const rows: GoldRow[] = [
      { id: '1', author: 'Ann' },
      { id: '2', author: null },
      { id: '3', author: '' },
      { id: '4', author: null },
      { id: '5' },
      { id: '6', author: null },
    ]
    const predictions: PredictionRow[] = [
      { id: '1', author: 'ann' },
      { id: '2', author: 'View more posts' },
      { id: '3', author: '' },
      { id: '4', author: null },
      { id: '5', author: 'Someone' },
      // Page 6 has no prediction: its metadata is not scored (as in score.mjs).
    ]
    const { summary } = score(rows, predictions)
    expect(summary.metadata?.author).toEqual({
      accuracy: 1,
      pages: 1,
      spurious: 1 / 3,
      pagesWithout: 3,
    })
    expect(summary.metadata?.title).toBeUndefined()
  })

  it('scores lang and siteName when the gold has them', () => {
    const { summary } = score(
      [
        { id: '1', lang: 'en', siteName: 'Ars Technica' },
        { id: '2', lang: 'en-US', siteName: null },
      ],
      [
        { id: '1', lang: 'EN', siteName: 'ars technica' },
        { id: '2', lang: 'en', siteName: 'Example' },
      ],
    )
    expect(summary.metadata?.lang).toEqual({ accuracy: 0.5, pages: 2 })
    expect(summary.metadata?.siteName).toEqual({
      accuracy: 1,
      pages: 1,
      spurious: 1,
      pagesWithout: 1,
    })
  })
})
