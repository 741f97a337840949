import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const prose =
  'The council voted on Tuesday to extend the tram line to the northern suburbs, a project that has been debated for more than a decade.'
const blurb =
  'Acme Transit News covers the buses, trams and trains of the city every day, with reporting from every district, every council meeting and every depot.'
const menu = ['Home', 'News', 'Sport', 'Weather', 'Culture', 'Travel', 'Jobs', 'Contact']

const clean = (lines: readonly string[]) => cleanArticle(lines.join('\n'), { format: 'text' })

describe('date from plain text: the repeated headline and labelled lines', () => {
  it('reads the dateline under the headline that repeats the <title> line further down', () => {
    const article = clean([
      'Tram line to reach the north',
      ...menu,
      blurb,
      ...menu,
      'Tram line to reach the north',
      'By Jane Doe',
      'March 3, 2025',
      prose,
      prose,
    ])
    expect(article.published).toBe('2025-03-03')
    expect(article.byline).toBe('Jane Doe')
  })

  it('reads the dateline under a repeat that adds a subtitle to the title', () => {
    const article = clean([
      'Tram line to reach the north',
      ...menu,
      blurb,
      ...menu,
      'Tram line to reach the north: what riders, drivers and neighbours need to know',
      'March 3, 2025',
      prose,
      prose,
    ])
    expect(article.published).toBe('2025-03-03')
  })

  it('reads a "Published On:" line at the foot when no dateline is found', () => {
    const lines = ['Tram line to reach the north', prose, prose, ...menu, ...menu, prose, prose]
    expect(clean([...lines, 'Published On: 15 August 2025']).published).toBe('2025-08-15')
    expect(clean([...lines, 'Published on', 'Oct 31, 2025']).published).toBe('2025-10-31')
    const second = ['Published', 'Publish date', '15 November 2018']
    expect(clean([...lines, ...second]).published).toBe('2018-11-15')
    // Several labelled dates are a listing's posts, not the article's date.
    expect(
      clean([...lines, 'Posted on May 2, 2025', 'Old depot', 'Posted on May 9, 2025']).published,
    ).toBeNull()
  })

  it('reads a question’s "asked" line as its publication date', () => {
    const lines = ['Tram line to reach the north?', prose, prose, ...menu, ...menu, prose, prose]
    expect(clean([...lines, 'asked Mar 28, 2014 at 11:38']).published).toBe('2014-03-28')
  })

  it('reads the date on a long byline line, under the headline or far from it', () => {
    const byline =
      'By Jane Doe | March 3, 2025 | Transport, Council, Trams, Buses, Northern Line, City Hall | 4 comments'
    const near = clean(['Tram line to reach the north', byline, prose])
    expect(near.published).toBe('2025-03-03')
    const far = clean(['Tram news | Acme Transit', ...menu, blurb, ...menu, blurb, byline, prose])
    expect(far.byline).toBe('Jane Doe')
    expect(far.published).toBe('2025-03-03')
  })

  it('reads a numeric dateline day first when the text writes its month-name dates day first', () => {
    const related = ['A guide to grafting - 3 October 2023', 'Winter mulch - 12 September 2023']
    const lines = ['Tram line to reach the north', '03/10/2023', prose, prose]
    expect(clean([...lines, ...related]).published).toBe('2023-10-03')
    expect(clean(lines).published).toBe('2023-03-10')
  })

  it('skips a member’s join date under the headline', () => {
    const article = clean([
      'Tram line to reach the north',
      'changingtimes',
      'Joined: Mon Jul 24, 2017 9:28 am',
      'Post by changingtimes » Sat Feb 24, 2024 12:41 pm',
      prose,
    ])
    expect(article.published).toBe('2024-02-24')
  })

  it('sets apart a date glued to the name before it or the reading time after it', () => {
    const head = ['Tram line to reach the north', ...menu]
    expect(clean([...head, 'Jane DoeAugust 5, 2024', prose, prose]).published).toBe('2024-08-05')
    expect(clean([...head, 'TransportDECEMBER 22, 2022', prose, prose]).published).toBe(
      '2022-12-22',
    )
    expect(
      clean([...head, 'By Jane Doe', 'January 14, 202620 Mins Read', prose, prose]).published,
    ).toBe('2026-01-14')
    // A capitalised word that is no month stays glued: no date.
    expect(clean([...head, 'Jane DoeAugustine 5, 2024', prose, prose]).published).toBeNull()
  })

  it('does not take a name beside a date glued to its line for a byline', () => {
    const article = clean([
      'Tram line to reach the north',
      ...menu,
      'Featured Posts',
      'August 26, 20241 yr',
      prose,
      prose,
    ])
    expect(article.published).toBe('2024-08-26')
    expect(article.byline).toBeNull()
  })
})
