import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { P1, P2, P3, TITLE } from '../src/rules/case-pages.js'
import { DUPLICATE_RULE, keptCopies, listItem } from '../src/text/kept-copy.js'
import { segmentText } from '../src/text/segment.js'

const ENTRY = 'Why the northern line needs five new stations and a tunnel under the old town'

describe('keptCopies', () => {
  const blocks = segmentText([TITLE, ENTRY, 'Home', P1, ENTRY, P2, P3].join('\n'), 'en')

  it('keeps again a copy among kept text when the first copy was dropped', () => {
    // The first copy (a table-of-contents entry) went with the menu around it.
    const dropped = new Map([
      [1, 'boilerplate-context'],
      [2, 'boilerplate-context'],
      [4, DUPLICATE_RULE],
    ])
    expect(keptCopies(blocks, 0, dropped)).toEqual([4])
  })

  it('leaves the drop when another copy is kept', () => {
    const dropped = new Map([
      [2, 'boilerplate-context'],
      [4, DUPLICATE_RULE],
    ])
    expect(keptCopies(blocks, 0, dropped)).toEqual([])
  })

  it('leaves the drop when no kept text follows the copy', () => {
    const dropped = new Map([
      [1, 'boilerplate-context'],
      [4, DUPLICATE_RULE],
      [5, 'boilerplate-context'],
    ])
    expect(keptCopies(blocks, 0, dropped)).toEqual([])
  })

  it('counts the title as kept: its copy below is the headline', () => {
    const page = segmentText([ENTRY, 'Home', ENTRY, P1, P2].join('\n'), 'en')
    const dropped = new Map([
      [1, 'boilerplate-context'],
      [2, DUPLICATE_RULE],
    ])
    expect(keptCopies(page, 0, dropped)).toEqual([])
  })
})

describe('repeated blocks in cleanArticle (plain text)', () => {
  it('keeps the copy among the article when the first one stood in the menu', () => {
    const page = [TITLE, ENTRY, 'Home', 'About', 'Contact', P1, ENTRY, P2, P3].join('\n')
    const article = cleanArticle(page, { format: 'text' })
    const copies = article.text.split('\n\n').filter((line) => line === ENTRY).length
    expect(copies).toBe(1)
    expect(article.text).toContain(`${P1}\n\n${ENTRY}\n\n${P2}`)
  })
})

describe('listItem', () => {
  const lines = [TITLE, P1, 'Our services include:', 'Paid Social', 'Content Marketing', P2]
  const blocks = segmentText(lines.join('\n'), 'en')

  it('reads short lines under a lead-in ending in a colon as a list', () => {
    expect(listItem(blocks, 0, 3)).toBe(true)
    expect(listItem(blocks, 0, 4)).toBe(true)
  })

  it('reads no list without a lead-in, or past a paragraph', () => {
    const past = segmentText([TITLE, 'Our services:', P1, 'Paid Social', P2].join('\n'), 'en')
    expect(listItem(past, 0, 3)).toBe(false)
    const bare = segmentText([TITLE, P1, 'Paid Social', P2].join('\n'), 'en')
    expect(listItem(bare, 0, 2)).toBe(false)
  })
})

const P4 =
  'The authority expects to publish the final route in the spring, after a second round of hearings in each of the five districts, and construction could begin the following year if the regional government confirms its share of the funding.'

describe('repeated lines in an article list (plain text)', () => {
  it('keeps the list copy of a menu item and drops the menu copy', () => {
    const menu = ['Paid Social', 'Content Marketing', 'Technical SEO', 'About', 'Contact']
    const list = ['Paid Social', 'Content Marketing', 'Technical SEO']
    const page = [TITLE, ...menu, P1, P2, 'Our services include:', ...list, P3, P4].join('\n')
    const article = cleanArticle(page, { format: 'text' })
    expect(article.text).toContain(list.join('\n\n'))
    expect(article.text.split('Paid Social').length).toBe(2)
  })
})
