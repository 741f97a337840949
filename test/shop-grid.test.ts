import type { Element } from 'hast'
import { describe, expect, it } from 'vitest'
import { attr } from '../src/html/hast.js'
import { locate } from '../src/html/locate.js'
import { parseHtml } from '../src/html/parse.js'
import { prepareHtml } from '../src/html/prepare.js'
import { prune } from '../src/html/prune.js'
import { computeStats } from '../src/html/stats.js'
import { cleanArticle } from '../src/index.js'

/** A buying guide: prose with commas, which the paragraph scorer prefers to cards. */
const guide = Array.from(
  { length: 3 },
  (_, i) =>
    `<p>Choosing a garden chair, part ${i + 1}: think about the weather, the space on your patio, how often you fold it away, and whether teak, aluminium or resin suits you best over the years.</p>`,
).join('')

function cards(count: number, priced: boolean): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `<div class="card"><a href="/p/${i}">Folding chair model ${i + 1} in oiled oak</a>${priced ? `<span class="price">$${40 + i}.00</span>` : ''}</div>`,
  ).join('')
}

function page(grid: string, gridFirst = true, extra = ''): string {
  const parts = gridFirst
    ? `<div id="grid">${grid}</div><div id="guide">${guide}</div>`
    : `<div id="guide">${guide}</div><div id="grid">${grid}</div>`
  return `<html><body><nav><a href="/">Home</a> <a href="/c">Chairs</a></nav><div id="main"><h1>Garden chairs</h1>${parts}${extra}</div><footer><p>Shop address and opening hours.</p></footer></body></html>`
}

function located(html: string, shop = true): string[] {
  const root = parseHtml(html)
  prune(root)
  const { containers } = locate(root, computeStats(root), { shop })
  return containers.map((c: Element) => attr(c, 'id') || c.tagName)
}

describe('a grid of priced cards beside the located prose', () => {
  it('is joined to the buying guide the scorer picks', () => {
    const html = page(cards(8, true))
    expect(located(html, false)).toEqual(['guide'])
    expect(located(html)).toEqual(['main'])
    const text = cleanArticle(html, { format: 'html' }).text
    expect(text).toContain('Folding chair model 3 in oiled oak')
    expect(text).toContain('$42.00')
    expect(text).toContain('Choosing a garden chair, part 2')
  })

  it('makes the page a listing', () => {
    expect(prepareHtml(page(cards(8, true)), null).pageType).toBe('listing')
    expect(prepareHtml(page(cards(8, false)), null).pageType).toBe('article')
  })

  it('needs prices on most cards', () => {
    expect(located(page(cards(8, false)))).toEqual(['guide'])
    const half = cards(4, true) + cards(4, false)
    expect(located(page(half))).toEqual(['guide'])
  })

  it('needs six cards', () => {
    expect(located(page(cards(5, true)))).toEqual(['guide'])
  })

  it('is not joined when it stands below the prose (a product page\'s "you may also like")', () => {
    expect(located(page(cards(8, true), false))).toEqual(['guide'])
  })

  it('is not joined when their common ancestor holds much more than the two', () => {
    const more = `<div id="other"><ul>${Array.from({ length: 15 }, (_, i) => `<li>Store ${i} opens at nine and closes at six</li>`).join('')}</ul></div>`
    expect(located(page(cards(8, true), true, more))).toEqual(['guide'])
  })

  it('is not joined on a page that declares a discussion', () => {
    const html = page(cards(8, true)).replace(
      '<html>',
      '<html><head><script type="application/ld+json">{"@type":"DiscussionForumPosting"}</script></head>',
    )
    expect(cleanArticle(html, { format: 'html' }).text).not.toContain('$42.00')
  })
})
