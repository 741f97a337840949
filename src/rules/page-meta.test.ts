import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { cases } from './page-meta.cases.js'
import { pageMeta } from './page-meta.js'

describe('page-meta', () => {
  it('passes its cases', () => {
    expect(testRule(pageMeta, cases)).toBe(cases.keep.length + cases.drop.length)
  })

  it('drops reading time and tags and keeps sentences that start like them', () => {
    const page = [
      'Regional Rail Line to Reach the Northern Suburbs',
      '5 min read',
      'Updated figures released on Friday showed unemployment had risen to 6.1 percent in the spring.',
      'Tagged as a security risk, the app was removed from both stores.',
      'Tags: elections, Europe, climate',
    ].join('\n')
    const article = cleanArticle(page, { rules: [pageMeta] })
    expect(article.removed.map((r) => [r.category, r.text])).toEqual([
      ['meta', '5 min read'],
      ['meta', 'Tags: elections, Europe, climate'],
    ])
    expect(article.blocks).toHaveLength(2)
  })
})
