import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { cases } from './legal-footer.cases.js'
import { legalFooter } from './legal-footer.js'

describe('legal-footer', () => {
  it('passes its cases', () => {
    expect(testRule(legalFooter, cases)).toBe(cases.keep.length + cases.drop.length)
  })

  it('drops the copyright line and the legal links under the article', () => {
    const page = [
      'Regional Rail Line to Reach the Northern Suburbs',
      'The terms of the agreement were not disclosed, the company said.',
      '© 2023 Harbor Media Group. All rights reserved.',
      'Privacy Policy | Terms of Use | Contact Us',
    ].join('\n')
    const article = cleanArticle(page, { rules: [legalFooter] })
    expect(article.text).toBe('The terms of the agreement were not disclosed, the company said.')
    expect(article.removed.map((r) => [r.category, r.reason])).toEqual([
      ['legal', 'copyright line'],
      ['legal', 'legal links'],
    ])
  })
})
