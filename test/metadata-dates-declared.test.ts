import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const prose =
  '<p>Winter is the season when apple and pear trees rest, and a careful cut now shapes how the tree grows for years to come.</p>'

/** An article with a line under its headline, a head and prose (more of it after `foot`). */
const page = (head: string, dateLine: string, foot = '', paragraphs = 4) =>
  `<html lang="en"><head><meta property="og:type" content="article">${head}</head><body><article>` +
  `<h1>Orchard pruning in the cold months</h1><p class="meta">${dateLine}</p>` +
  `${prose.repeat(paragraphs)}${foot}</article></body></html>`

const ld = (published: string, modified: string) =>
  `<script type="application/ld+json">${JSON.stringify({
    '@type': 'Article',
    headline: 'Orchard pruning in the cold months',
    datePublished: published,
    dateModified: modified,
  })}</script>`

const og = (published: string) => `<meta property="article:published_time" content="${published}">`

const day = (html: string) => cleanArticle(html).published?.slice(0, 10) ?? null

describe('published: an "Updated" date shown against a declared one', () => {
  it('takes the "Updated" date shown when JSON-LD alone declares the publication date', () => {
    const html = page(ld('2020-05-13T20:03:25Z', '2025-01-02T15:06:08Z'), 'Updated January 2, 2025')
    expect(day(html)).toBe('2025-01-02')
  })

  it('keeps the declared date that article:published_time repeats', () => {
    const head = ld('2020-05-13T20:03:25Z', '2025-01-02T15:06:08Z') + og('2020-05-13T20:03:25Z')
    expect(day(page(head, 'Updated January 2, 2025'))).toBe('2020-05-13')
  })

  it('takes it when article:published_time gives another day than JSON-LD', () => {
    const head = ld('2018-04-03T16:50:31Z', '2025-12-19T18:06:00Z') + og('2025-12-19T18:06:00Z')
    expect(day(page(head, 'By Ann Lee Updated: Dec 19, 2025 1:06 PM EST'))).toBe('2025-12-19')
  })

  it('keeps the declared date when the page shows it as well', () => {
    const html = page(
      ld('2020-05-13T20:03:25Z', '2025-01-02T15:06:08Z'),
      'Published May 13, 2020 · Updated January 2, 2025',
    )
    expect(day(html)).toBe('2020-05-13')
  })
})

describe('published: a date declared by meta tags alone', () => {
  const head =
    og('2022-01-03T16:52:00+00:00') +
    '<meta property="article:modified_time" content="2025-11-03T06:10:53+00:00">'

  it('is kept against the declared modified date shown unlabelled', () => {
    expect(day(page(head, '2025-11-03 · 14 min read'))).toBe('2022-01-03')
  })

  it('still gives way to another day shown under the headline', () => {
    expect(day(page(head, 'March 1, 2023'))).toBe('2023-03-01')
  })
})

describe('published: a sentence of prose is no dateline', () => {
  it('does not take the date inside a sentence under the headline', () => {
    const note =
      "<p>Editor's Note: We updated our orchard guide on March 4, 2025 to share more notes from our growers.</p>"
    const html = page('', 'By Ann Lee · Updated March 5, 2025', note)
    expect(day(html)).toBe('2025-03-05')
    // A short dateline there is still read.
    expect(day(page('', 'By Ann Lee', '<p>Posted on March 4, 2025.</p>'))).toBe('2025-03-04')
  })
})

describe('published: a <time pubdate>', () => {
  it('keeps the first publication over a declared one equal to the modified date', () => {
    const stamp = '2025-11-29T12:28:31-05:00'
    const time = '<p>Published <time pubdate datetime="2025-08-13">August 13, 2025</time></p>'
    const html = page(ld(stamp, stamp), '', time, 40)
    expect(day(html)).toBe('2025-08-13')
    // A declared date of its own (not the modified one) stands.
    expect(day(page(ld('2025-08-01T09:00:00Z', stamp), '', time, 40))).toBe('2025-08-01')
  })

  it('dates a page that declares nothing else', () => {
    const time = '<footer><time pubdate datetime="2024-02-12T09:00:00Z">Feb 12</time></footer>'
    expect(day(page('', '', time, 40))).toBe('2024-02-12')
  })
})

describe('published: a label alone on its line', () => {
  it('dates the page by the date on a line under a bare "Published" label', () => {
    const foot =
      '<div><h4>Published</h4><h3>Publish date</h3><p><time datetime="2018-11-15T12:00:00Z">15 November 2018</time></p></div>'
    expect(day(page('', '', foot, 40))).toBe('2018-11-15')
    // A long line under the label is prose, not its date.
    const prose =
      '<div><h4>Published</h4><p>Our orchard diary was first published on 15 November 2018 by the club.</p></div>'
    expect(day(page('', '', prose, 40))).toBeNull()
  })
})
