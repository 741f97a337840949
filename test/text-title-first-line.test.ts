import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const prose =
  'The allotment society met on Saturday to share out the new plots along the river, and every member who had waited more than a year was given one.'

const clean = (lines: string[]) => cleanArticle(lines.join('\n'), { format: 'text' })

describe('the first line of a scraper’s text (its <title>) as the title', () => {
  it('takes a short first line over a longer menu row below it', () => {
    const lines = [
      'Riverside Allotment Society',
      'Home Plots Waiting List Events Contact Us',
      'Shared plots for the new season',
      prose,
    ]
    expect(clean(lines).title).toBe('Riverside Allotment Society')
    // One word is enough when it is no section label right over the headline.
    const lines2 = ['Marrows', 'Cart', 'Seeds Tools Gloves Compost Sale Gift Cards', prose]
    expect(clean(lines2).title).toBe('Marrows')
  })

  it('takes a first line in lower case', () => {
    const lines = ['plotkeeper: release notes for spring', 'Home Download Sponsor Github', prose]
    expect(clean(lines).title).toBe('plotkeeper: release notes for spring')
  })

  it('still skips a first line that is a skip link, an address or a sentence', () => {
    expect(clean(['Skip to content', 'Shared plots for the new season', prose]).title).toBe(
      'Shared plots for the new season',
    )
    expect(
      clean(['www.riverside-allotments.org', 'Shared plots for the new season', prose]).title,
    ).toBe('Shared plots for the new season')
  })

  it('keeps a section label of a word or two over the headline as a label', () => {
    const lines = ['Gardens', 'Shared plots for the new season', prose]
    expect(clean(lines).title).toBe('Shared plots for the new season')
  })

  it('needs two letters in a row on a one-word first line', () => {
    expect(clean(['0', 'Shared plots for the new season', prose]).title).toBe(
      'Shared plots for the new season',
    )
  })

  it('reads the byline and the date near the first line', () => {
    const lines = [
      'Riverside plot news',
      'Home Plots Waiting List Events Contact Us Donate Today',
      'By Mary Holloway',
      'March 3, 2025',
      prose,
    ]
    const article = clean(lines)
    expect(article.title).toBe('Riverside plot news')
    expect(article.byline).toBe('Mary Holloway')
    expect(article.published?.slice(0, 10)).toBe('2025-03-03')
  })
})
