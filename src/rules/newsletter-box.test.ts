import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { cases } from './newsletter-box.cases.js'
import { newsletterBox } from './newsletter-box.js'

describe('newsletter-box', () => {
  it('passes its cases', () => {
    expect(testRule(newsletterBox, cases)).toBe(cases.keep.length + cases.drop.length)
  })

  it('drops the prompt, the field and the button of a sign-up box', () => {
    const page = [
      'Regional Rail Line to Reach the Northern Suburbs',
      'Subscribers to the streaming service will pay two dollars more a month from July.',
      'Sign up for our morning briefing',
      'Enter your email address',
      'Subscribe',
    ].join('\n')
    const article = cleanArticle(page, { rules: [newsletterBox] })
    expect(article.text).toBe(
      'Subscribers to the streaming service will pay two dollars more a month from July.',
    )
    expect(article.removed.map((r) => [r.category, r.reason])).toEqual([
      ['newsletter', 'newsletter sign-up prompt'],
      ['newsletter', 'newsletter sign-up prompt'],
      ['newsletter', 'sign-up form label or button'],
    ])
  })
})
