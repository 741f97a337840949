import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { cases } from './offer-terms.cases.js'
import { offerTerms } from './offer-terms.js'

describe('offer-terms', () => {
  it('passes its cases', () => {
    expect(testRule(offerTerms, cases)).toBe(cases.keep.length + cases.drop.length)
  })

  it('drops the policies a shop serves below its product, and an offer’s fine print', () => {
    const description =
      'A light trail shoe with a grippy sole, a breathable upper and a cushioned midsole for long days on rough paths.'
    const page = [
      'Trail Runner 2 | Example Outfitters',
      description,
      'Join the club and get $20 off your next order of $100 or more. Terms apply.',
      'Refund policy',
      'Items may be returned within 30 days of delivery in their original condition; refunds go to the original payment method.',
      'Privacy policy',
      'This policy explains which personal information we collect when you visit our store or place an order and how we use it.',
    ].join('\n')
    const article = cleanArticle(page, { format: 'text', rules: [offerTerms] })
    expect(article.text).toBe(description)
    expect(article.removed.map((r) => [r.category, r.reason])).toEqual([
      ['legal', 'offer fine print'],
      ['legal', 'shop policy text'],
      ['legal', 'shop policy text'],
      ['legal', 'shop policy text'],
      ['legal', 'shop policy text'],
    ])
  })

  it('keeps a page that is itself a policy, and a page of coupons', () => {
    const policy = [
      'Privacy Policy',
      'This policy explains which personal information we collect when you visit our store or place an order and how we use it.',
      'Cookie policy',
      'We use cookies to keep you signed in, to remember your basket and to count visits, and you can refuse all but the first kind.',
      'Terms of service',
      'By placing an order you accept these terms, which govern every purchase made in our store and on our website.',
    ].join('\n')
    expect(cleanArticle(policy, { format: 'text', rules: [offerTerms] }).removed).toEqual([])
    const coupons = [
      'Coupons | Example Plumbing',
      '$25 off any drain cleaning. Some restrictions may apply.',
      '$50 off a new water heater. Some restrictions may apply.',
      '10% off for seniors and veterans. Some restrictions may apply.',
      'Free estimate on every repipe. Some restrictions may apply.',
    ].join('\n')
    expect(cleanArticle(coupons, { format: 'text', rules: [offerTerms] }).removed).toEqual([])
  })
})
