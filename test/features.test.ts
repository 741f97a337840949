/**
 * Word counting: the ASCII fast path must find the same words as the
 * benchmark's definition (runs of letters, digits, marks and `_`).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countWords, wordsOf } from '../src/features.js'

const METRIC_WORD = /[\p{L}\p{N}\p{Mn}\p{Mc}_]+/gu
const SETTINGS = { numRuns: 500, seed: Number(process.env.FC_SEED ?? 20261128) }

describe('wordsOf', () => {
  it('finds the words of the metric in ASCII text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 200 }), (text) => {
        expect(wordsOf(text)).toEqual(text.match(METRIC_WORD) ?? [])
      }),
      SETTINGS,
    )
  })

  it('finds them in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (text) => {
        expect(wordsOf(text)).toEqual(text.match(METRIC_WORD) ?? [])
      }),
      SETTINGS,
    )
    expect(wordsOf('naïve café_1 déjà-vu')).toEqual(['naïve', 'café_1', 'déjà', 'vu'])
  })
})

describe('countWords', () => {
  it('counts ASCII words and two characters of Chinese as one word', () => {
    expect(countWords('The bridge, closed in 2024, reopens_today.')).toBe(6)
    expect(countWords('')).toBe(0)
    expect(countWords('大桥今天重新开放')).toBe(4)
    expect(countWords('Bridge 大桥今天重新开放 reopens')).toBe(6)
  })
})
