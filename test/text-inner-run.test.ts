import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { P1, P2, P3, TITLE } from '../src/rules/case-pages.js'
import { INNER_MEAN, INNER_WORDS, innerRunTest } from '../src/text/inner-run.js'

describe('innerRunTest', () => {
  // Blocks: title, prose, four short lines, prose.
  const good = [true, true, false, false, false, false, true]
  const words = [8, 60, 4, 4, 4, 4, 60]
  const likely = [0.7, 0.8, 0.3, 0.3, 0.3, 0.3, 0.8]

  it('finds a run with sure good text above and below it', () => {
    expect(innerRunTest(good, words, 0, likely)(2, 6)).toBe(true)
  })

  it('needs more than INNER_WORDS of good text on each side, the title aside', () => {
    const few = [8, INNER_WORDS, 4, 4, 4, 4, 60]
    expect(innerRunTest(good, few, 0, likely)(2, 6)).toBe(false)
    // The title's words do not count as the article's text above.
    const titleOnly = [true, false, false, false, false, false, true]
    expect(innerRunTest(titleOnly, [80, 60, 4, 4, 4, 4, 60], 0, likely)(2, 6)).toBe(false)
    expect(innerRunTest(good, [8, 60, 4, 4, 4, 4, INNER_WORDS], 0, likely)(2, 6)).toBe(false)
  })

  it('leaves a run whose lines the model doubts', () => {
    const doubted = [0.7, 0.8, 0.2, 0.2, 0.2, 0.2, 0.8]
    expect(doubted.slice(2, 6).every((p) => p < INNER_MEAN)).toBe(true)
    expect(innerRunTest(good, words, 0, doubted)(2, 6)).toBe(false)
  })
})

describe('a list inside a plain-text article', () => {
  const list = [
    'What the plan includes',
    '- Five new stations on the northern line',
    '- A bus interchange at every station',
    '- Covered parking for bicycles at each stop',
    '- Step-free access on all of the platforms',
    '- Trains every six minutes in the morning and evening',
  ]
  // A line of names poor in function words after the list: the list is not flanked by good text.
  const names = 'Harbour Gate, Mill Street, Riverside Park, Old Foundry and Northfield stations'

  it('keeps the list when the article goes on below it', () => {
    const page = [TITLE, P1, P2, ...list, names, P3, P1.replace('Thursday', 'Friday')].join('\n')
    const article = cleanArticle(page, { format: 'text' })
    expect(article.text).toContain('Covered parking for bicycles at each stop')
    expect(article.text).toContain(P3)
  })

  it('drops the same run after the article, above the footer', () => {
    const footer = ['About us', 'Contact', 'Advertise', 'Privacy', 'Terms of use']
    const page = [TITLE, P1, P2, P3, names, ...list, ...footer].join('\n')
    const article = cleanArticle(page, { format: 'text' })
    expect(article.text).not.toContain('Covered parking for bicycles at each stop')
  })
})
