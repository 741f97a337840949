import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { cases } from './cookie-notice.cases.js'
import { cookieNotice } from './cookie-notice.js'

describe('cookie-notice', () => {
  it('passes its cases', () => {
    expect(testRule(cookieNotice, cases)).toBe(cases.keep.length + cases.drop.length)
  })

  it('drops the banner with its buttons and keeps poll answers elsewhere', () => {
    const page = [
      'Regional Rail Line to Reach the Northern Suburbs',
      'Would you support a four-day week?',
      'Accept',
      'Reject',
      'Cookies baked by the students were sold to raise money for the school trip.',
      'We use cookies to personalise content and ads and to analyse our traffic.',
      'Accept all',
      'Reject all',
    ].join('\n')
    const article = cleanArticle(page, { rules: [cookieNotice] })
    expect(article.removed.map((r) => [r.text, r.reason])).toEqual([
      [
        'We use cookies to personalise content and ads and to analyse our traffic.',
        'cookie or script notice',
      ],
      ['Accept all', 'consent button'],
      ['Reject all', 'consent button'],
    ])
    expect(article.text).toContain('Accept\n\nReject')
  })
})
