import { describe, expect, it } from 'vitest'
import { FEATURE_NAMES, lineFeatures } from '../src/text/line-features.js'
import { LINE_MODEL } from '../src/text/line-model.js'
import { lineScores, NEIGHBOUR_WEIGHT, smoothed } from '../src/text/line-score.js'
import { prepareText } from '../src/text/prepare.js'

const feature = (row: readonly number[] | undefined, name: (typeof FEATURE_NAMES)[number]) =>
  row?.[FEATURE_NAMES.indexOf(name)]

const PAGE = [
  'Harbour towns brace for the storm season | The Coast Gazette',
  'Home',
  'News',
  'Sport',
  'Weather',
  'Contact',
  'Harbour towns brace for the storm season',
  'The fishing fleet stayed in port on Tuesday, and the harbour master said that the boats would not leave again until the wind had dropped below gale force.',
  'Shopkeepers along the quay boarded up their windows in the afternoon, while the council opened two halls for families whose houses stand close to the water.',
  'Forecasters expect the worst of the weather on Thursday night, when a high tide will meet the strongest gusts of the week.',
  'Share this: Facebook · X · Email',
  '© 2024 The Coast Gazette · Privacy · Terms',
  'Home',
].join('\n')

describe('line features', () => {
  const page = prepareText(PAGE)
  const rows = lineFeatures(page.blocks, page.titleIndex, page.lang)

  it('gives one vector per block, with one value per feature name', () => {
    expect(rows).toHaveLength(page.blocks.length)
    for (const row of rows) {
      expect(row).toHaveLength(FEATURE_NAMES.length)
      for (const value of row) expect(Number.isFinite(value)).toBe(true)
    }
  })

  it('measures a line by itself', () => {
    const prose = page.blocks.findIndex((b) => b.text.startsWith('The fishing fleet'))
    const row = rows[prose]
    expect(feature(row, 'logChars')).toBeCloseTo(Math.log1p(page.blocks[prose]?.text.length ?? 0))
    expect(feature(row, 'sentenceEnd')).toBe(1)
    expect(feature(row, 'stopwords')).toBeGreaterThan(0.3)
    expect(feature(rows[1], 'sentenceEnd')).toBe(0)
    expect(feature(rows[1], 'titleCase')).toBe(1)
  })

  it('sees repetition, copyright-free symbols and separators, and position', () => {
    const home = rows[1]
    expect(feature(home, 'repeats')).toBeCloseTo(Math.log(2))
    expect(feature(home, 'beforeTitle')).toBe(1)
    expect(feature(home, 'nearStart')).toBeGreaterThan(feature(rows.at(-1), 'nearStart') ?? 1)
    const share = page.blocks.findIndex((b) => b.text.startsWith('Share this'))
    expect(feature(rows[share], 'separators')).toBeGreaterThan(0)
    expect(feature(rows[share], 'proseAfter')).toBe(0)
    expect(feature(rows[share], 'inMainCluster')).toBe(0)
  })

  it('spots prices, counters, dates and addresses', () => {
    const blocks = prepareText(
      'Only $19.99 today\n12 comments\nPublished 3 March 2024\nVisit www.example.com now\nA plain line',
    ).blocks
    const f = lineFeatures(blocks, -1, 'en')
    expect(feature(f[0], 'price')).toBe(1)
    expect(feature(f[1], 'counter')).toBe(1)
    expect(feature(f[2], 'date')).toBe(1)
    expect(feature(f[3], 'url')).toBe(1)
    for (const name of ['price', 'counter', 'date', 'url'] as const)
      expect(feature(f[4], name)).toBe(0)
  })

  it('sees what its neighbours are: a date above a comment, a sentence below a name', () => {
    const blocks = prepareText(
      'Jane Miller\n14 March 2024 at 9:12 pm\nI read the book first and liked the film even more.\nA plain line',
    ).blocks
    const f = lineFeatures(blocks, -1, 'en')
    expect(feature(f[2], 'prevDate')).toBe(1)
    expect(feature(f[0], 'nextDate')).toBe(1)
    expect(feature(f[3], 'prevDate')).toBe(0)
    expect(feature(f[1], 'nextSentenceEnd')).toBe(1)
    expect(feature(f[3], 'prevSentenceEnd')).toBe(1)
    expect(feature(f[0], 'prevSentenceEnd')).toBe(0)
    expect(feature(f[1], 'prevTitleCase')).toBe(1)
    expect(feature(f[3], 'nextTitleCase')).toBe(0)
  })
})

describe('line model', () => {
  it('has one weight per feature, in the features’ order, and stays small', () => {
    expect(LINE_MODEL.features.map(([name]) => name)).toEqual([...FEATURE_NAMES])
    for (const [, mean, scale, weight] of LINE_MODEL.features) {
      expect(Number.isFinite(mean)).toBe(true)
      expect(scale).toBeGreaterThan(0)
      expect(Number.isFinite(weight)).toBe(true)
    }
  })

  it('scores a sentence of the article above a menu line and the footer', () => {
    const page = prepareText(PAGE)
    const scores = lineScores(page.blocks, page.titleIndex, page.lang)
    const at = (start: string) =>
      scores[page.blocks.findIndex((b) => b.text.startsWith(start))] ?? 0
    const prose = at('Shopkeepers along the quay')
    expect(prose).toBeGreaterThan(at('Sport'))
    expect(prose).toBeGreaterThan(at('©'))
    expect(prose).toBeGreaterThan(0.5)
    expect(at('Sport')).toBeLessThan(0.5)
    for (const p of scores) expect(p > 0 && p < 1).toBe(true)
  })
})

describe('neighbour smoothing', () => {
  it('moves a lone doubtful line towards the sure lines around it', () => {
    const [, middle] = smoothed([0.95, 0.2, 0.95])
    expect(middle).toBeGreaterThan(0.5)
    const [, low] = smoothed([0.05, 0.8, 0.05])
    expect(low).toBeLessThan(0.5)
  })

  it('leaves a run of equal scores as it is, and the edges lean on their one neighbour', () => {
    for (const p of smoothed([0.7, 0.7, 0.7])) expect(p).toBeCloseTo(0.7)
    const [first] = smoothed([0.5, 0.9])
    const z = (p: number) => Math.log(p / (1 - p))
    expect(z(first ?? 0)).toBeCloseTo(NEIGHBOUR_WEIGHT * z(0.9))
    expect(smoothed([0.3])[0]).toBeCloseTo(0.3)
  })
})
