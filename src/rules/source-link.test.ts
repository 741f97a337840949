import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { cases } from './source-link.cases.js'
import { sourceLink } from './source-link.js'

describe('source-link', () => {
  it('passes its cases', () => {
    expect(testRule(sourceLink, cases)).toBe(cases.keep.length + cases.drop.length)
  })

  it('records attribution lines under the attribution category', () => {
    const page = [
      'Regional Rail Line to Reach the Northern Suburbs',
      'According to a source close to the talks, the deal could be signed next week.',
      'Source link',
    ].join('\n')
    const article = cleanArticle(page, { rules: [sourceLink] })
    expect(article.text).toBe(
      'According to a source close to the talks, the deal could be signed next week.',
    )
    expect(article.removed).toEqual([
      {
        rule: 'source-link',
        category: 'attribution',
        reason: 'source attribution line',
        text: 'Source link',
      },
    ])
  })
})
