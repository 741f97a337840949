/**
 * How far up the collector's ancestor tests (`src/meta/element-tests.ts`)
 * read: the element and 59 ancestors for hidden, 40 ancestors for an item
 * scope, the element and 3 ancestors for the site's chrome.
 */
import type { Element } from 'hast'
import { describe, expect, it } from 'vitest'
import { hiddenUp, inItemScope, itemScopeOf, siteLike } from '../src/meta/element-tests.js'

const el = (tagName: string, properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children: [],
})

/** `depth` plain divs with `top` above them, outermost first. */
const pathUnder = (top: Element, depth: number): Element[] => [
  top,
  ...Array.from({ length: depth }, () => el('div')),
]

describe('the ancestor tests', () => {
  it('read hidden marks on the element and 59 ancestors', () => {
    const heading = el('h1')
    expect(hiddenUp(el('h1', { hidden: true }), [])).toBe(true)
    expect(hiddenUp(heading, pathUnder(el('div', { style: 'display: none' }), 58))).toBe(true)
    expect(hiddenUp(heading, pathUnder(el('div', { ariaHidden: 'true' }), 59))).toBe(false)
    expect(hiddenUp(heading, pathUnder(el('div', { className: ['sr-only'] }), 10))).toBe(true)
    expect(hiddenUp(heading, pathUnder(el('div', { style: 'color: red' }), 0))).toBe(false)
  })

  it('find an item scope within 40 ancestors', () => {
    const article = el('div', { itemScope: true, itemType: ['https://schema.org/NewsArticle'] })
    expect(inItemScope(pathUnder(article, 39))).toBe(true)
    expect(itemScopeOf(pathUnder(article, 39))).toBe(article)
    expect(inItemScope(pathUnder(article, 40))).toBe(false)
    expect(itemScopeOf(pathUnder(article, 40))).toBe(null)
    // The nearest scope decides: a product inside an article is no article scope.
    const product = el('div', { itemScope: true, itemType: ['https://schema.org/Product'] })
    expect(itemScopeOf([article, product, el('div')])).toBe(null)
  })

  it('take a heading in a nav up to 3 levels up for the site’s chrome', () => {
    const heading = el('h2')
    expect(siteLike(heading, pathUnder(el('nav'), 2), 'News')).toBe(true)
    expect(siteLike(heading, pathUnder(el('nav'), 3), 'News')).toBe(false)
    expect(siteLike(el('a', { href: '/' }), [], 'Home')).toBe(true)
  })
})
