import type { Element } from 'hast'
import { describe, expect, it } from 'vitest'
import { attr } from '../src/html/hast.js'
import { locate } from '../src/html/locate.js'
import { parseHtml } from '../src/html/parse.js'
import { prune } from '../src/html/prune.js'
import { reviewsWon } from '../src/html/reviews.js'
import { computeStats } from '../src/html/stats.js'

/** A buyer's opinion: long, with many commas, as reviews are. */
const opinion = (n: number) =>
  `Bought this kettle in May, used it daily, and honestly, after ${n} weeks, it still boils fast, pours cleanly, stays quiet, and looks great on the counter, though the lid sticks a little, sometimes.`

const review = (n: number, cls = 'review-item') =>
  `<li class="${cls}"><div class="review-body"><p>${opinion(n)}</p><p>${opinion(n + 1)}</p></div></li>`

const description = `<div id="description">
  <h2>About this kettle</h2>
  <p>The Brookside kettle holds one and a half litres of water and boils it in three minutes</p>
  <p>Its steel body keeps the outside cool to the touch while the water inside stays hot</p>
  <ul><li>Capacity 1.5 litres</li><li>Power 2200 watts</li><li>Weight 1.1 kilograms</li></ul>
</div>`

const care = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Care step ${i + 1} keeps the steel body bright and the filter free of scale for years</p>`,
).join('')

function page(reviews: string, more = ''): string {
  return `<body><main id="product"><h1>Brookside kettle</h1>${description}${more}
    <section id="reviews"><h2>Customer reviews</h2><ul id="list">${reviews}</ul></section></main></body>`
}

/** The product's description in one block, its reviews in another beside it. */
function apart(reviews: string): string {
  return `<body><div id="product"><h1>Brookside kettle</h1>${description}</div>
    <div id="reviews"><h2>Customer reviews</h2><ul id="list">${reviews}</ul></div></body>`
}

/** Whether the located content holds the element of this id. */
function holdsId(html: string, shop: boolean, id: string): boolean {
  const root = parseHtml(html)
  prune(root)
  const { containers, parents } = locate(root, computeStats(root), { shop })
  const target = [...parents.keys()].find((e) => attr(e, 'id') === id)
  for (let node = target as Element | undefined; node; ) {
    if (containers.includes(node)) return true
    const parent = parents.get(node)
    node = parent?.type === 'element' ? parent : undefined
  }
  return false
}

function located(html: string, shop: boolean): string[] {
  const root = parseHtml(html)
  prune(root)
  const { containers } = locate(root, computeStats(root), { shop })
  return containers.map((c: Element) => attr(c, 'id') || attr(c, 'className') || c.tagName)
}

describe('customer reviews that win the locator', () => {
  const html = page([1, 3, 5, 7, 9].map((n) => review(n)).join(''))

  it('scores the page again without a list of reviews that won', () => {
    const shop = apart([1, 3, 5, 7, 9].map((n) => review(n)).join(''))
    // Where the page may be a discussion, the reviews stay the content.
    expect(holdsId(shop, false, 'description')).toBe(false)
    expect(holdsId(shop, true, 'description')).toBe(true)
  })

  it('keeps content of which the reviews are a part', () => {
    const root = parseHtml(page([1, 3, 5].map((n) => review(n)).join(''), care))
    prune(root)
    const stats = computeStats(root)
    const { parents } = locate(root, stats)
    const main = [...parents.keys()].find((e) => attr(e, 'id') === 'product') as Element
    // The description is more than a fifth of the product block.
    expect(reviewsWon([main], parents, stats)).toBe(false)
  })

  it('needs three like reviews: one long review is an article', () => {
    const single = `<body><article id="story" class="review-body"><p>${opinion(1)}</p><p>${opinion(2)}</p>
      <p>${opinion(3)}</p><p>${opinion(4)}</p></article>${description}</body>`
    expect(located(single, true)).toEqual(['story'])
    const two = page([1, 3].map((n) => review(n)).join(''))
    const root = parseHtml(two)
    prune(root)
    const stats = computeStats(root)
    const { parents } = locate(root, stats)
    const list = [...parents.keys()].find((e) => attr(e, 'id') === 'list') as Element
    expect(reviewsWon([list], parents, stats)).toBe(false)
  })

  it('finds the list from one review of it', () => {
    const root = parseHtml(html)
    prune(root)
    const stats = computeStats(root)
    const { parents } = locate(root, stats)
    const body = [...parents.keys()].find((e) => attr(e, 'className') === 'review-body') as Element
    expect(reviewsWon([body], parents, stats)).toBe(true)
  })
})
