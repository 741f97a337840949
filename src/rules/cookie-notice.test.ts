import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { cases } from './cookie-notice.cases.js'
import { COOKIE, COOKIE_WORDS, cookieNotice } from './cookie-notice.js'

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

  it('tests COOKIE only behind words that each of its alternatives requires', () => {
    // Top-level alternatives of COOKIE's source (its body is one group).
    const body = COOKIE.source.replace(/^\(\?:/, '').replace(/\)$/, '')
    const alternatives: string[] = []
    let depth = 0
    let start = 0
    for (let i = 0; i < body.length; i++) {
      const c = body[i]
      if (c === '\\') i++
      else if (c === '(') depth++
      else if (c === ')') depth--
      else if (c === '|' && depth === 0) {
        alternatives.push(body.slice(start, i))
        start = i + 1
      }
    }
    alternatives.push(body.slice(start))
    expect(alternatives.length).toBeGreaterThan(20)
    for (const alternative of alternatives) {
      // Each alternative names a needle outside any optional part.
      const required = alternative.replace(/\([^()]*\)\?/g, '')
      expect(COOKIE_WORDS.test(required), alternative).toBe(true)
    }
  })
})
