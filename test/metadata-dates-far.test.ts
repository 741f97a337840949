import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const prose =
  '<p>Winter is the season when apple and pear trees rest, and a careful cut now shapes how the tree grows for years to come.</p>'

/** An article whose author box sits far below the headline, under 40 paragraphs. */
const page = (box: string, head = '') =>
  `<html lang="en"><head>${head}</head><body><article><h1>Orchard pruning in the cold months</h1>` +
  `${prose.repeat(40)}${box}</article></body></html>`

describe('published: the day shown with an author, far from the headline', () => {
  it('takes the date on the line under a "Written by" line', () => {
    const html = page('<div><p>Written by Jane Doe</p><p>April 8, 2024</p></div>')
    expect(cleanArticle(html).published).toBe('2024-04-08')
  })

  it('takes the date in an author-marked box', () => {
    const html = page(
      '<div class="post-author"><p>Jane Doe</p><small>December 17, 2025</small></div>',
    )
    expect(cleanArticle(html).published).toBe('2025-12-17')
  })

  it('takes the <time> value of a dated line under an author line', () => {
    const html = page(
      '<div><p>By Jane Doe</p><p><time datetime="2025-12-17T09:00:00Z">Dec 17</time></p></div>',
    )
    expect(cleanArticle(html).published).toBe('2025-12-17T09:00:00Z')
  })

  it('takes nothing when author lines show different days (a listing, a thread)', () => {
    const html = page(
      '<div><p>By Jane Doe</p><p>April 8, 2024</p></div><div><p>By John Roe</p><p>May 2, 2024</p></div>',
    )
    expect(cleanArticle(html).published).toBeNull()
  })

  it('takes nothing from a long line under an author line, nor a date with no author near', () => {
    const long = page(
      '<div><p>By Jane Doe</p><p>Our orchard diary has kept notes on every tree since April 8, 2024.</p></div>',
    )
    expect(cleanArticle(long).published).toBeNull()
    expect(cleanArticle(page('<div><p>April 8, 2024</p></div>')).published).toBeNull()
  })

  it('takes nothing on a page that is not article-like', () => {
    const shop = '<meta property="og:type" content="product">'
    const html = page('<div><p>By Jane Doe</p><p>April 8, 2024</p></div>', shop)
    expect(cleanArticle(html).published).toBeNull()
  })
})
