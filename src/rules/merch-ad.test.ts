import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { cases } from './merch-ad.cases.js'
import { merchAd } from './merch-ad.js'

describe('merch-ad', () => {
  it('passes its cases', () => {
    expect(testRule(merchAd, cases)).toBe(cases.keep.length + cases.drop.length)
  })

  it('drops the product line and keeps the price inside a sentence', () => {
    const page = [
      'Regional Rail Line to Reach the Northern Suburbs',
      'The new model will cost $1,299 when it goes on sale in October, the company said.',
      'Handmade Ceramic Coffee Mug - Ocean Blue Glaze $18.50 USD Shop now>>',
      'Advertisement',
    ].join('\n')
    const article = cleanArticle(page, { rules: [merchAd] })
    expect(article.text).toBe(
      'The new model will cost $1,299 when it goes on sale in October, the company said.',
    )
    expect(article.removed.map((r) => [r.category, r.reason])).toEqual([
      ['ads', 'product with price and call to action'],
      ['ads', 'ad label'],
    ])
  })
})
