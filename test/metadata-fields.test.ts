// Title and page-text fields: test/metadata-title.test.ts.
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { cleanByline, joinNames } from '../src/meta/byline.js'
import { findDates, parseDate } from '../src/meta/dates.js'
import { ldObjects, parseLd } from '../src/meta/json-ld.js'

const body =
  '<p>The council met on Tuesday evening to discuss the new library, which has been planned for a decade and will open next spring in the old station building.</p>' +
  '<p>Residents asked about parking, opening hours and the fate of the reading room; the council promised answers at its next meeting in the town hall.</p>'

const page = (head: string, article: string) =>
  `<!doctype html><html lang="en"><head>${head}</head><body><nav><a href="/">Town News</a></nav><article>${article}${body}</article></body></html>`

describe('dates', () => {
  it('keeps the offset of machine values and converts none to UTC', () => {
    expect(parseDate('2025-09-04T23:50:36+02:00')).toBe('2025-09-04T23:50:36+02:00')
    expect(parseDate('2024-05-09 00:00:00 +0000')).toBe('2024-05-09T00:00:00+00:00')
    expect(parseDate('Thu, 25 Sep 2025 11:38:00 GMT')).toBe('2025-09-25T11:38:00Z')
  })

  it('reads dates written out in several languages and orders', () => {
    expect(parseDate('Dec 19th 2025')).toBe('2025-12-19')
    expect(parseDate('on Friday December 19, 2025 @08:00PM')).toBe('2025-12-19')
    expect(parseDate('19. Dezember 2025')).toBe('2025-12-19')
    expect(parseDate('3 de marzo de 2024')).toBe('2024-03-03')
    expect(parseDate('2025年12月19日')).toBe('2025-12-19')
    expect(parseDate('25.Jun.2019')).toBe('2019-06-25')
  })

  it('reads numeric dates by the impossible reading, then by the language', () => {
    expect(parseDate('13/11/2025 09:21:40')).toBe('2025-11-13')
    expect(parseDate('09/25/2025')).toBe('2025-09-25')
    expect(parseDate('03/04/2025')).toBe('2025-03-04')
    expect(parseDate('03/04/2025', { dayFirst: true })).toBe('2025-04-03')
    expect(parseDate('12.11.2025')).toBe('2025-11-12')
  })

  it('reads year-first dates with a month name', () => {
    expect(parseDate('2023 Jan 7')).toBe('2023-01-07')
    expect(parseDate('2024 June 30')).toBe('2024-06-30')
    expect(parseDate('2024 Jun 31')).toBeNull()
  })

  it('rejects impossible dates and text without a day', () => {
    expect(parseDate('2025-02-30')).toBeNull()
    expect(parseDate('Spring 2025')).toBeNull()
    expect(parseDate('© 2025 Example Inc.')).toBeNull()
  })

  it('finds every date of a line in order', () => {
    const found = findDates('Published March 3, 2025 · Updated 5 May 2025')
    expect(found.map((d) => d.iso)).toEqual(['2025-03-03', '2025-05-05'])
  })
})

describe('bylines', () => {
  it('keeps the name only', () => {
    expect(cleanByline('By Jane Doe | Updated March 3, 2025')).toBe('Jane Doe')
    expect(cleanByline('Written By: Jane Doe')).toBe('Jane Doe')
    expect(cleanByline('Post by jdoe » Sat Feb 24, 2024 12:41 pm')).toBe('jdoe')
    expect(cleanByline('View all posts by Ray Ansari')).toBe('Ray Ansari')
    expect(cleanByline('Von Hans Muster')).toBe('Hans Muster')
    expect(cleanByline('Erin Doe March 18 at 3:57 PM Follow @erindoe')).toBe('Erin Doe')
    expect(cleanByline('jdoe (jdoe)')).toBe('jdoe')
  })

  it('does not take the start of a name for a byline word ("Par", "Di", "Von")', () => {
    expect(cleanByline('Parisa Ostovari')).toBe('Parisa Ostovari')
    expect(cleanByline('By Diane Vonnegut')).toBe('Diane Vonnegut')
    expect(cleanByline('Par Jean Dupont')).toBe('Jean Dupont')
  })

  it('drops an "Updated on" or "on" left before a date, and a role after "⋅"', () => {
    expect(cleanByline('By Ann Kaye Carter Updated on February 16, 2026')).toBe('Ann Kaye Carter')
    expect(cleanByline('Colin Wade on Dec 18, 2025')).toBe('Colin Wade')
    expect(cleanByline('Chris Mara ⋅ Founder and Editor ⋅ Updated')).toBe('Chris Mara')
  })

  it('drops a relative time and an editor credit after the name, and "Recipe by"/"via"', () => {
    expect(cleanByline('Alex Perry 1 day ago')).toBe('Alex Perry')
    expect(cleanByline('Written by Rob Ewaschuk Edited by Betsy Beyer')).toBe('Rob Ewaschuk')
    expect(cleanByline('By Ann Lee, DVM. Reviewed by Bo Chan')).toBe('Ann Lee, DVM')
    expect(cleanByline('Recipe by Jo Hall')).toBe('Jo Hall')
    expect(cleanByline('via jdoe')).toBe('jdoe')
  })

  it('cuts a job title after a visible name, after a comma or capitalised', () => {
    expect(cleanByline('By Ann Lee, Home Security Expert')).toBe('Ann Lee')
    expect(cleanByline('Ann Lee and Bo Chan, Extension educators')).toBe('Ann Lee and Bo Chan')
    expect(cleanByline('Ann Marie Lee Founder at Acme')).toBe('Ann Marie Lee')
    expect(cleanByline('Ann Lee Senior Editor')).toBe('Ann Lee')
    expect(cleanByline('Ann Lee, MD')).toBe('Ann Lee, MD')
    expect(cleanByline('Ann Lee, Director of Sales', true)).toBe('Ann Lee, Director of Sales')
  })

  it('takes no "X by Y" credit of a visible line for a name, but keeps a declared one', () => {
    expect(cleanByline('by Widgetco by Widgetco')).toBeNull()
    expect(cleanByline('Sponsored by Acme', true)).toBe('Sponsored by Acme')
  })

  it('reads a Dublin Core creator before a plain author meta', () => {
    const html = page(
      '<meta name="author" content="Town News Staff"><meta property="dc:creator" content="Jane Doe">',
      '<h1>Library to open in spring</h1>',
    )
    expect(cleanArticle(html).byline).toBe('Jane Doe')
  })

  it('takes an organisation named like the site for no author, and reads the byline instead', () => {
    const ld = (author: object) =>
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'BlogPosting',
        headline: 'Library to open in spring',
        author,
        publisher: { '@type': 'Organization', name: 'Town News' },
      })}</script>`
    const org = { '@type': 'Organization', name: 'Town News' }
    expect(cleanArticle(page(ld(org), '<h1>Library to open in spring</h1>')).byline).toBeNull()
    expect(
      cleanArticle(page(ld(org), '<h1>Library to open in spring</h1><p>By Jane Doe</p>')).byline,
    ).toBe('Jane Doe')
    const crowd = { '@type': 'Organization', name: 'Acme Research Labs' }
    expect(cleanArticle(page(ld(crowd), '<h1>Library to open in spring</h1>')).byline).toBe(
      'Acme Research Labs',
    )
    const person = { '@type': 'Person', name: 'Town News' }
    expect(cleanArticle(page(ld(person), '<h1>Library to open in spring</h1>')).byline).toBe(
      'Town News',
    )
  })

  it('reads a JSON-LD author escaped twice as written', () => {
    const ld = {
      '@type': 'BlogPosting',
      headline: 'Library to open in spring',
      author: { '@type': 'Person', name: 'Maria &amp; Katerina' },
    }
    const html = page(
      `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      '<h1>Library to open in spring</h1>',
    )
    expect(cleanArticle(html).byline).toBe('Maria & Katerina')
  })

  it('refuses labels and widget text', () => {
    expect(cleanByline('Written By')).toBeNull()
    expect(cleanByline('Fact Checked')).toBeNull()
    expect(cleanByline('Last Updated')).toBeNull()
    expect(cleanByline('Name')).toBeNull()
    expect(cleanByline('https://example.com/author/jane')).toBeNull()
    expect(cleanByline('billed annually, or $50/mo billed monthly')).toBeNull()
  })

  it('joins several names with ", " and drops repeats', () => {
    expect(joinNames(['Jane Doe', 'John Roe', 'jane doe'])).toBe('Jane Doe, John Roe')
  })
})

describe('JSON-LD', () => {
  it("names the site by the article's publisher before og:site_name", () => {
    const ld = {
      '@type': 'NewsArticle',
      headline: 'Library to open in spring',
      publisher: { '@type': 'Organization', name: 'Town News' },
    }
    const html = page(
      `<meta property="og:site_name" content="TownNews.example - All the news"><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      '<h1>Library to open in spring</h1>',
    )
    expect(cleanArticle(html).siteName).toBe('Town News')
    expect(
      cleanArticle(page('<meta property="og:site_name" content="Town News">', '<h1>Spring</h1>'))
        .siteName,
    ).toBe('Town News')
  })

  it('repairs raw newlines inside strings and flattens @graph', () => {
    const value = parseLd('{"@graph": [{"@type": "Article", "headline": "Line one\nline two"}]}')
    const objects = ldObjects([value])
    expect(objects.some((o) => o['@type'] === 'Article')).toBe(true)
  })

  it('follows an @id reference to the author', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'NewsArticle',
          headline: 'Library to open in spring',
          author: { '@id': '#jane' },
          datePublished: '2025-03-03T08:00:00+01:00',
        },
        { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
      ],
    }
    const html = page(
      `<title>Library to open in spring | Town News</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      '<h1>Library to open in spring</h1>',
    )
    const article = cleanArticle(html)
    expect(article.byline).toBe('Jane Doe')
    expect(article.published).toBe('2025-03-03T08:00:00+01:00')
  })
})
