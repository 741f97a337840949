import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const prose =
  '<p>Winter is the season when apple and pear trees rest, and a careful cut now shapes how the tree grows for years to come.</p>'

const page = (head: string, top: string, foot = '', paragraphs = 4) =>
  `<html lang="en"><head>${head}</head><body><article><h1>Orchard pruning in the cold months</h1>${top}` +
  `${prose.repeat(paragraphs)}${foot}</article></body></html>`

const declared = (published: string) =>
  `<meta property="og:type" content="article"><meta property="article:published_time" content="${published}">`

describe('published: the page’s own zone and labels', () => {
  it('takes the day of a <time> holding the declared UTC moment in the page’s zone', () => {
    const html = page(
      declared('2025-12-18T23:25:38+00:00'),
      '<p class="meta">Start <time datetime="2025-12-19T04:25:38+05:00">Yesterday at 4:25 AM</time></p>',
    )
    expect(cleanArticle(html).published).toBe('2025-12-19T04:25:38+05:00')
  })

  it('keeps a declared value in a local zone over a <time> of the same moment in UTC', () => {
    const html = page(
      declared('2024-04-18T00:13:04+03:00'),
      '<p class="meta"><time datetime="2024-04-17T21:13:04Z">April 18, 2024</time></p>',
    )
    expect(cleanArticle(html).published?.slice(0, 10)).toBe('2024-04-18')
  })

  it('keeps the declared day when the <time> is another moment', () => {
    const html = page(
      declared('2025-12-18T23:25:38+00:00'),
      '<p class="meta"><time datetime="2025-12-19T09:00:00+05:00">Yesterday at 9:00 AM</time></p>',
    )
    expect(cleanArticle(html).published?.slice(0, 10)).toBe('2025-12-18')
  })

  it('skips a founding date under the headline', () => {
    const html = page(
      '',
      '<p>Founded: Dec 11, 2021</p><p class="post">by Jane Doe » Tue Aug 27, 2019 1:47 am</p>',
    )
    expect(cleanArticle(html).published).toBe('2019-08-27')
  })

  it('reads a "Post time:" line at the foot of an article', () => {
    const article = '<meta property="og:type" content="article">'
    const html = page(article, '', '<p>Post time: 01-04-2024</p>', 40)
    expect(cleanArticle(html).published).toBe('2024-01-04')
  })

  it('reads numeric dates day first on an English page that writes its dates day first', () => {
    const related =
      '<ul><li>A guide to grafting - 3 October 2023</li><li>Winter mulch - 12 September 2023</li></ul>'
    const html = page('', '<p class="meta">03/10/2023</p>', related)
    expect(cleanArticle(html).published).toBe('2023-10-03')
    // Month first when its month-name dates are written month first.
    const us =
      '<ul><li>Grafting - October 3, 2023</li><li>Winter mulch - September 12, 2023</li></ul>'
    expect(cleanArticle(page('', '<p class="meta">03/10/2023</p>', us)).published).toBe(
      '2023-03-10',
    )
  })
})
