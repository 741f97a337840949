import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { productPage } from './case-pages.js'
import { cases } from './shop-label.cases.js'
import { isPriceLine, shopLabel } from './shop-label.js'

describe('shop-label', () => {
  it('passes its cases', () => {
    expect(testRule(shopLabel, cases)).toBe(cases.keep.length + cases.drop.length)
  })

  it('reads price lines', () => {
    expect(isPriceLine('$79.99 $119.99')).toBe(true)
    expect(isPriceLine('111,84€')).toBe(true)
    expect(isPriceLine('EUR 163.12')).toBe(true)
    expect(isPriceLine('Sale price $74.95')).toBe(true)
    expect(isPriceLine('64')).toBe(false)
    expect(isPriceLine('7.9')).toBe(false)
    expect(isPriceLine('$15 gift card')).toBe(false)
  })

  it("keeps a product's own price and drops the later ones and the card labels", () => {
    const html = productPage(
      '<p>$89.00</p><h2>Pairs well with</h2><div><p>Walnut pen tray</p><p>Top Rated</p><p>$24.00</p><p>Quick view</p></div>',
    )
    const article = cleanArticle(html, { rules: [shopLabel] })
    expect(article.text).toContain('$89.00')
    expect(article.text).toContain('Walnut pen tray')
    expect(article.text).not.toContain('$24.00')
    expect(article.text).not.toContain('Top Rated')
    expect(article.text).not.toContain('Quick view')
    expect(article.removed.map((r) => r.rule)).toEqual(['shop-label', 'shop-label', 'shop-label'])
  })

  it('leaves plain text alone', () => {
    const text = [
      'Walnut desk organiser',
      'A walnut desk organiser with room for pens and cards.',
      'Top Rated',
    ].join('\n')
    const article = cleanArticle(text, { format: 'text', rules: [shopLabel] })
    expect(article.text).toContain('Top Rated')
    expect(article.removed).toEqual([])
  })
})
