import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { P1, P2, P3, TITLE } from '../src/rules/case-pages.js'
import { DUPLICATE_RULE, keptCopies } from '../src/text/kept-copy.js'
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
