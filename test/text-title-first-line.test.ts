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

  it('leaves a text of one line as text', () => {
    const article = clean(['Marrows'])
    expect(article.text).toBe('Marrows')
    expect(article.title).toBeNull()
  })

  it('keeps the first line as text when nothing under it is kept, as it would read alone', () => {
    // The legal footer below goes: nothing is kept under "Marrows".
    const article = clean(['Marrows', '© 2025 Marrow Growers Ltd. All rights reserved.'])
    expect(article.title).toBeNull()
    expect(article.text).toBe('Marrows')
    // Read again, the text is the same.
    expect(clean([article.text]).text).toBe('Marrows')
  })

  it('keeps a title of the strict shape over an empty text, as a line alone reads it', () => {
    expect(clean(['Shared plots for the new season']).title).toBe('Shared plots for the new season')
    expect(clean(['Shared plots for the new season']).text).toBe('')
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
