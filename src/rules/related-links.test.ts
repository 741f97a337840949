import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { cases } from './related-links.cases.js'
import { relatedLinks } from './related-links.js'

describe('related-links', () => {
  it('passes its cases', () => {
    expect(testRule(relatedLinks, cases)).toBe(cases.keep.length + cases.drop.length)
  })

  it('drops the heading and every link title under it, and nothing after the box', () => {
    const page = [
      'Regional Rail Line to Reach the Northern Suburbs',
      'The regional transit authority approved a plan on Thursday to extend the northern rail line by fourteen kilometres, adding five stations.',
      'Related Stories',
      'Council approves new cycle lanes downtown',
      'Harbour bridge to close for six weeks of repairs',
      'New ferry route opens in spring',
      'Construction is expected to begin next spring, and the authority said it would publish a detailed timetable before the summer.',
    ].join('\n')
    const article = cleanArticle(page, { rules: [relatedLinks] })
    expect(article.removed.map((r) => r.text)).toEqual([
      'Related Stories',
      'Council approves new cycle lanes downtown',
      'Harbour bridge to close for six weeks of repairs',
      'New ferry route opens in spring',
    ])
    expect(article.text.endsWith('before the summer.')).toBe(true)
  })
})
