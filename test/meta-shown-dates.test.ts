import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const body = (dateLine: string, foot = '', paragraphs = 4) =>
  `<article><h1>Orchard pruning in the cold months</h1><p class="meta">${dateLine}</p>` +
  '<p>Winter is the season when apple and pear trees rest, and a careful cut now shapes how the tree grows for years to come.</p>'.repeat(
    paragraphs,
  ) +
  `${foot}</article>`

const head = (published: string, modified: string) =>
  `<head><meta property="og:type" content="article"><meta property="article:published_time" content="${published}">` +
  `<meta property="article:modified_time" content="${modified}"></head>`

describe('published: the date a reader sees', () => {
  it('takes the declared modified date when only that one is shown, unlabelled', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({
      '@type': 'Article',
      datePublished: '2024-01-29T10:00:00Z',
      dateModified: '2025-08-19T13:25:59Z',
    })}</script>`
    const html = `<html><head><meta property="og:type" content="article">${ld}</head><body>${body('August 19, 2025')}</body></html>`
    expect(cleanArticle(html).published?.slice(0, 10)).toBe('2025-08-19')
    // Declared by meta tags alone, the publication date stands.
    const meta = `<html>${head('2024-01-29T10:00:00Z', '2025-08-19T13:25:59Z')}<body>${body('August 19, 2025')}</body></html>`
    expect(cleanArticle(meta).published?.slice(0, 10)).toBe('2024-01-29')
  })

  it('keeps the declared publication date when the shown one is labelled "Updated on"', () => {
    const html = `<html>${head('2024-10-15T18:50:03Z', '2025-06-18T16:35:02Z')}<body>${body('Updated on June 18, 2025 at 12:35 PM')}</body></html>`
    expect(cleanArticle(html).published?.slice(0, 10)).toBe('2024-10-15')
  })

  it('keeps the declared day shown as a dotted date in the other order', () => {
    const html = `<html lang="en">${head('2024-09-10T16:07:00Z', '2025-11-25T17:47:39Z')}<body>${body('09.10.2024')}</body></html>`
    expect(cleanArticle(html).published?.slice(0, 10)).toBe('2024-09-10')
  })

  it('keeps the declared publication date when the page shows it', () => {
    const html = `<html>${head('2024-01-29T10:00:00Z', '2025-08-19T13:25:59Z')}<body>${body('January 29, 2024')}</body></html>`
    expect(cleanArticle(html).published?.slice(0, 10)).toBe('2024-01-29')
  })

  it('finds a "Published On:" line at the foot of the article when nothing is declared', () => {
    const html = `<html><head><meta property="og:type" content="article"></head><body>${body('', '<p>Published On: 15 August 2025</p>', 40)}</body></html>`
    expect(cleanArticle(html).published).toBe('2025-08-15')
  })

  it('does not take a foot "Last updated" line as the publication date', () => {
    const html = `<html><head><meta property="og:type" content="article"></head><body>${body('', '<p>Last updated: November 13, 2025</p>', 40)}</body></html>`
    expect(cleanArticle(html).published).toBeNull()
  })

  it('takes the shown day when the declared timestamp falls a day off it (time zones)', () => {
    const html = `<html>${head('2025-12-19T03:05:00+00:00', '2025-12-19T03:30:00+00:00')}<body>${body('December 18, 2025')}</body></html>`
    expect(cleanArticle(html).published).toBe('2025-12-18')
  })

  it('keeps the declared day when a <time> under the headline carries it', () => {
    const html = `<html>${head('2024-01-14T22:00:00-05:00', '2024-01-18T10:00:00-05:00')}<body>${body('<time datetime="2024-01-14T22:00:00-05:00">Jan 15, 2024</time>')}</body></html>`
    expect(cleanArticle(html).published?.slice(0, 10)).toBe('2024-01-14')
  })

  it('keeps a published date later than the modified one when the page shows it', () => {
    const html = `<html>${head('2025-12-20T06:36:00+00:00', '2025-12-10T12:37:00+00:00')}<body>${body('Sat, 20 Dec, 2025 - 06:36')}</body></html>`
    expect(cleanArticle(html).published?.slice(0, 10)).toBe('2025-12-20')
    // Not shown: never after the page's own modified time.
    const hidden = `<html>${head('2025-12-20T06:36:00+00:00', '2025-12-10T12:37:00+00:00')}<body>${body('')}</body></html>`
    expect(cleanArticle(hidden).published?.slice(0, 10)).toBe('2025-12-10')
  })

  it('takes the one day shown under the headline over a declared day it does not show', () => {
    const html = `<html>${head('2025-06-17T10:00:00Z', '2025-06-17T10:00:00Z')}<body>${body('December 18, 2024')}</body></html>`
    expect(cleanArticle(html).published).toBe('2024-12-18')
    // Two days shown: none is the page's own.
    const two = `<html>${head('2025-06-17T10:00:00Z', '2025-06-17T10:00:00Z')}<body>${body('December 18, 2024 · March 3, 2024')}</body></html>`
    expect(cleanArticle(two).published?.slice(0, 10)).toBe('2025-06-17')
    // A thread keeps its declared date.
    const thread = html.replace('<head>', '<head><meta name="generator" content="Discourse">')
    expect(cleanArticle(thread).published?.slice(0, 10)).toBe('2025-06-17')
  })

  it('reads the short kicker line just above the headline, unless labelled "Updated"', () => {
    const page = (kicker: string) =>
      `<html>${head('2024-07-05T14:20:08Z', '2024-07-05T14:20:08Z')}<body><article><p class="kicker">${kicker}</p>${body('').slice('<article>'.length)}</body></html>`
    expect(cleanArticle(page('Travel March 1, 2024')).published).toBe('2024-03-01')
    expect(cleanArticle(page('Last Updated: March 1, 2024')).published?.slice(0, 10)).toBe(
      '2024-07-05',
    )
  })

  it('moves a day back only: a shown day after the declared one is not taken', () => {
    const html = `<html>${head('2018-06-12T23:00:00Z', '2018-06-12T23:00:00Z')}<body>${body('June 13, 2018')}</body></html>`
    expect(cleanArticle(html).published?.slice(0, 10)).toBe('2018-06-12')
  })

  it('finds the dateline under a visible heading that rewords the declared title', () => {
    const page = (heading: string, meta = 'By Ann Lee · March 3, 2024') =>
      `<html><head><meta property="og:type" content="article"><meta property="og:title" content="Our favourite orchards for winter pruning"></head><body>` +
      `<article><h2>${heading}</h2><p class="meta">${meta}</p>` +
      '<p>Winter is the season when apple and pear trees rest, and a careful cut now shapes how the tree grows for years to come.</p>'.repeat(
        4,
      ) +
      '</article></body></html>'
    const article = cleanArticle(page('The best orchards for pruning in winter'))
    expect(article.published).toBe('2024-03-03')
    expect(article.byline).toBe('Ann Lee')
    // A heading that shares too little of the title marks nothing (a dateline
    // without its byline: a byline's date is read wherever it is).
    expect(cleanArticle(page('Apples of the north', 'March 3, 2024')).published).toBeNull()
  })
})

describe('published: pages that do not declare an article', () => {
  const site = (extra: string) =>
    `<html><head><meta property="og:type" content="website">${extra}</head><body>${body('')}</body></html>`
  const webPage = `<script type="application/ld+json">${JSON.stringify({
    '@type': 'WebPage',
    datePublished: '2018-02-20T09:39:04+00:00',
  })}</script>`

  it('dates an og:type "website" page by a date meta tag', () => {
    expect(cleanArticle(site('<meta name="published" content="July 17, 2025">')).published).toBe(
      '2025-07-17',
    )
  })

  it('does not date it by the WebPage JSON-LD that SEO plugins stamp on every page', () => {
    expect(cleanArticle(site(webPage)).published).toBeNull()
  })
})
