import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { splitNames } from '../src/meta/byline.js'

const prose =
  'The council voted on Tuesday to extend the tram line to the northern suburbs, a project that has been debated for more than a decade.'

describe('byline and date from plain text', () => {
  it('reads a "By" line and the dateline under the headline', () => {
    const text = [
      'Home | News | Sport',
      'Tram line to reach the north',
      'By Jane Doe',
      'March 3, 2025',
      prose,
    ].join('\n')
    const article = cleanArticle(text, { format: 'text' })
    expect(article.byline).toBe('Jane Doe')
    expect(article.published).toBe('2025-03-03')
  })

  it('takes a bare name beside the dateline, and a date glued to the byline', () => {
    const named = cleanArticle(
      ['Tram line to reach the north', 'Jane Doe', '3 March 2025', prose].join('\n'),
      {
        format: 'text',
      },
    )
    expect(named.byline).toBe('Jane Doe')
    expect(named.published).toBe('2025-03-03')
    const glued = cleanArticle(
      ['Tram line to reach the north', 'By Jane DoePublished: Jan 29, 2025', prose].join('\n'),
      { format: 'text' },
    )
    expect(glued.byline).toBe('Jane Doe')
    expect(glued.published).toBe('2025-01-29')
  })

  it('finds nothing in a text without them, and ignores dates inside prose', () => {
    const article = cleanArticle(
      ['Tram line to reach the north', `${prose} It opens on May 4, 2027.`].join('\n'),
      {
        format: 'text',
      },
    )
    expect(article.byline).toBeNull()
    expect(article.published).toBeNull()
  })
})

describe('splitNames (one name list for HTML, text and the author-bio rule)', () => {
  it('splits at commas, an Oxford "and", ampersands and the conjunctions of several languages', () => {
    expect(splitNames('Ann Lee, and Bo Park')).toEqual(['Ann Lee', 'Bo Park'])
    expect(splitNames('Ann Lee, Bo Park and Cy Diaz')).toEqual(['Ann Lee', 'Bo Park', 'Cy Diaz'])
    expect(splitNames('Hans Muster und Eva Beispiel')).toEqual(['Hans Muster', 'Eva Beispiel'])
    expect(splitNames('Ann Lee & Bo Park')).toEqual(['Ann Lee', 'Bo Park'])
    expect(splitNames('Andrea Sandoval')).toEqual(['Andrea Sandoval'])
  })
})
