import { describe, expect, it } from 'vitest'
import { unescapeTwice } from '../src/html/metadata.js'
import { cleanArticle } from '../src/index.js'

describe('metadata', () => {
  it('decodes character references left in twice-escaped values', () => {
    expect(unescapeTwice('Full &#038; Part Time')).toBe('Full & Part Time')
    expect(unescapeTwice('Houston&#39;s Hottest')).toBe("Houston's Hottest")
    expect(unescapeTwice('a &amp; b &#x2014; c')).toBe('a & b — c')
  })

  it('leaves a literal ampersand and unknown or out-of-range references alone', () => {
    expect(unescapeTwice('Salt & Pepper')).toBe('Salt & Pepper')
    expect(unescapeTwice('&copy; &#0; &#99999999;')).toBe('&copy; &#0; &#99999999;')
  })

  it('reads the decoded title from og:title', () => {
    const html =
      '<html><head><meta property="og:title" content="US News MBA Rankings: Full &amp;#038; Part Time Programs"></head><body><p>Text.</p></body></html>'
    expect(cleanArticle(html).title).toBe('US News MBA Rankings: Full & Part Time Programs')
  })
})

describe('title: the site part of a visible headline', () => {
  const page = (h1: string, site: string) =>
    `<html><head><meta property="og:site_name" content="${site}"></head><body><article><h1>${h1}</h1>` +
    '<p>A long enough paragraph of article text that the page has a body to speak of, and then some more words.</p></article></body></html>'

  it('drops a trailing part that names the site', () => {
    expect(cleanArticle(page('Best UK Art Exhibitions 2025 – Artlyst', 'Artlyst')).title).toBe(
      'Best UK Art Exhibitions 2025',
    )
  })

  it('drops a trailing part that spells the address', () => {
    const html = page('Vehicle rental News and Reporting Coverage | WRAL', 'Capitol Broadcasting')
    expect(cleanArticle(html, { url: 'https://www.wral.com/news/rental/' }).title).toBe(
      'Vehicle rental News and Reporting Coverage',
    )
  })

  it('drops a trailing part led by the name in the address', () => {
    const html = page('Harbor Plumbers Costs & Prices - Pricefinder Cost Report', 'Pricing Network')
    expect(
      cleanArticle(html, { url: 'https://plumbers.pricefinder.example/cost/harbor' }).title,
    ).toBe('Harbor Plumbers Costs & Prices')
    expect(cleanArticle(html, { url: 'https://plumbers.example.org/cost/harbor' }).title).toBe(
      'Harbor Plumbers Costs & Prices - Pricefinder Cost Report',
    )
  })

  it('keeps a trailing part that is the headline’s own', () => {
    expect(cleanArticle(page('Squad 2024 - 2025', 'Football Club')).title).toBe('Squad 2024 - 2025')
  })
})
