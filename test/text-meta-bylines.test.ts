import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { prepareText } from '../src/text/prepare.js'

const prose =
  'The council voted on Tuesday to extend the tram line to the northern suburbs, a project that has been debated for more than a decade.'
const blurb =
  'Acme Transit News covers the buses, trams and trains of the city every day, with reporting from every district, every council meeting and every depot.'
const menu = ['Home', 'News', 'Sport', 'Weather', 'Culture', 'Travel', 'Jobs', 'Contact']
/** Far more lines than the window around a headline reaches. */
const longMenu = Array.from({ length: 6 }, () => [...menu, blurb]).flat()

const clean = (lines: readonly string[]) => cleanArticle(lines.join('\n'), { format: 'text' })

describe('bylines of plain text: the shapes a scraper leaves', () => {
  it('reads a label alone on its line with the name on the next', () => {
    const article = clean(['Tram line to reach the north', 'Written by', 'Jane Doe', prose])
    expect(article.byline).toBe('Jane Doe')
    // A second label is no name ("Written by" / "Researched by"), nor a search form's field.
    const labels = clean(['Tram line to reach the north', 'Written by', 'Researched by', prose])
    expect(labels.byline).toBeNull()
    const form = clean(['Tram line to reach the north', 'By:', 'Advanced…', prose])
    expect(form.byline).toBeNull()
  })

  it('reads a label glued to the name, and "Updated" glued to the date', () => {
    const article = clean([
      'Tram line to reach the north',
      'ByJane Doe UpdatedMarch 4, 2025',
      prose,
    ])
    expect(article.byline).toBe('Jane Doe')
    const colon = clean(['Tram line to reach the north', 'Written by:Jane Doe', prose])
    expect(colon.byline).toBe('Jane Doe')
    // "Bypass" is a word, not a label.
    expect(clean(['Tram line to reach the north', 'Bypass Road', prose]).byline).toBeNull()
  })

  it('reads "Posted on <date> by <name>" and "Posted by <name> on <date>"', () => {
    const after = clean([
      'Tram line to reach the north',
      'Posted on March 3, 2025 by Jane Doe',
      prose,
    ])
    expect(after.byline).toBe('Jane Doe')
    expect(after.published).toBe('2025-03-03')
    const before = clean([
      'Tram line to reach the north',
      'Posted by Jane Doe on March 3, 2025',
      prose,
    ])
    expect(before.byline).toBe('Jane Doe')
    const counter = clean(['Tram line to reach the north', 'Posted by Jane Doe 59 Comments', prose])
    expect(counter.byline).toBe('Jane Doe')
  })

  it('reads a name on the dateline, but not the headline with its date', () => {
    const named = clean(['Tram line to reach the north', 'Jane Doe • March 3, 2025', prose])
    expect(named.byline).toBe('Jane Doe')
    const headline = clean(['Tram Line Update', 'Tram Line Update 03/03/2025', prose])
    expect(headline.byline).toBeNull()
    const weekday = clean([
      'Tram line to reach the north',
      'Almanac Saturday, March 1, 2025',
      prose,
    ])
    expect(weekday.byline).toBeNull()
  })

  it('reads a name of any shape between the headline and its dateline', () => {
    const article = clean(['Tram line to reach the north', 'tramfan', 'March 3, 2025', prose])
    expect(article.byline).toBe('tramfan')
    // Not without the dateline right under it, nor with digits ("5 min read").
    expect(clean(['Tram line to reach the north', 'tramfan', prose]).byline).toBeNull()
    const digits = clean(['Tram line to reach the north', 'tramfan77', 'March 3, 2025', prose])
    expect(digits.byline).toBeNull()
    const between = ['Tram line to reach the north', 'Acme', 'Transport desk', 'March 3, 2025']
    expect(clean([...between, prose]).byline).toBeNull()
  })

  it('reads the first poster of a forum thread', () => {
    const starter = clean(['Tram line to the north?', 'Thread starter tramfan77', prose])
    expect(starter.byline).toBe('tramfan77')
    const started = clean([
      'Tram line to the north?',
      "Discussion in 'Transport' started by tramfan77, May 26, 2025.",
      prose,
    ])
    expect(started.byline).toBe('tramfan77')
    const asked = clean([
      'Tram line to the north?',
      'edited Apr 13, 2017 at 12:52',
      'asked Mar 28, 2014 at 11:38',
      'tramfan77',
      prose,
    ])
    expect(asked.byline).toBe('tramfan77')
    expect(asked.published).toBe('2014-03-28')
    const posts = clean(['Tram line to the north?', 'tramfan77', 'Posts: 524', prose])
    expect(posts.byline).toBe('tramfan77')
  })

  it('reads the thread starter a forum labels far below the headline, once for all posts', () => {
    const thread = (names: string[]) =>
      clean([
        'Tram line to the north? | Acme Transit Forum',
        ...longMenu,
        ...names.flatMap((name) => [`${name} Discussion starter`, prose]),
      ])
    expect(thread(['tramfan77', 'tramfan77']).byline).toBe('tramfan77')
    const far = clean([
      'Tram line to the north?',
      ...longMenu,
      'Thread starter tramfan77',
      'Start date May 26, 2025',
      prose,
    ])
    expect(far.byline).toBe('tramfan77')
    // The thread's start date beside its starter.
    expect(far.published).toBe('2025-05-26')
    // A forum's list of threads: several starters, none of them the page's author.
    expect(thread(['tramfan77', 'busrider12']).byline).toBeNull()
  })

  it('cuts what the text glued after the name: a reading time, a yearless date, a mark, the name again', () => {
    const byline = (line: string) => clean(['Tram line to reach the north', line, prose]).byline
    expect(byline('By Jane Doe 15 min read')).toBe('Jane Doe')
    expect(byline('By Jane Doe December 8December 8')).toBe('Jane Doe')
    expect(byline('By Jane Doe ●')).toBe('Jane Doe')
    expect(byline('Written by: Jane Doe Jane Doe')).toBe('Jane Doe')
    // A name of one word said twice is left as it is.
    expect(byline('By Madonna Madonna')).toBe('Madonna Madonna')
  })

  it('reads a question’s asker far below the headline, a user name of any shape', () => {
    const question = clean([
      'Tram line to the north? - Acme Transit Q&A',
      ...longMenu,
      'edited Dec 5, 2020 at 10:02',
      'asked Mar 28, 2014 at 11:38',
      'tramfan',
      '1,234 gold badges',
      prose,
    ])
    expect(question.byline).toBe('tramfan')
    expect(question.published).toBe('2014-03-28')
  })
})

describe('bylines and dates far from the headline found', () => {
  it('takes the one labelled byline of the text, and the date beside it', () => {
    const article = clean([
      'Tram line to reach the north | Acme Transit',
      ...longMenu,
      'A new line for the north',
      'By Jane Doe',
      'March 3, 2025',
      prose,
      prose,
    ])
    expect(article.byline).toBe('Jane Doe')
    expect(article.published).toBe('2025-03-03')
  })

  it('takes a long labelled line whose name ends at a bar or a date, not a bio', () => {
    const page = (line: string) => clean(['Tram news | Acme Transit', ...longMenu, line, prose])
    const bar = page(
      'By Jane Doe | March 3, 2025 | Transport, Council, Trams, Buses, Northern Line, City Hall | 4 comments',
    )
    expect(bar.byline).toBe('Jane Doe')
    const on = page(
      'Posted by Jane Doe on 2025-03-03 in transport. Tags: trams, council, north, buses, depots.',
    )
    expect(on.byline).toBe('Jane Doe')
    const bio = page(
      'Written by: Jane Doe Head of Tram Planning, Council Liaison, & Outreach.Expert in timetables and routes.',
    )
    expect(bio.byline).toBeNull()
  })

  it('takes none when the labelled bylines name several people or no one', () => {
    const listing = clean([
      'Tram news | Acme Transit',
      ...longMenu,
      'By Jane Doe',
      prose,
      'By John Roe',
      prose,
    ])
    expect(listing.byline).toBeNull()
    // A menu's "By Use Case" / "By Company Size", a one-word "By Category" (the page's
    // own metadata; the byline rules' capture is another matter).
    const filters = prepareText(
      ['Tram news | Acme Transit', ...longMenu, 'By Use Case', 'By Company Size', prose].join('\n'),
    )
    expect(filters.meta.byline).toBeNull()
    const category = prepareText(
      ['Tram news | Acme Transit', ...longMenu, 'By Category', prose].join('\n'),
    )
    expect(category.meta.byline).toBeNull()
  })

  it('reads the dateline under a headline that rewords the <title> line', () => {
    const article = clean([
      'Northern Tram Extension Approved | Acme Transit',
      ...longMenu,
      'Council approves the northern tram extension',
      'March 3, 2025',
      prose,
      prose,
    ])
    expect(article.published).toBe('2025-03-03')
  })
})

describe('the title of a text: the visible headline rewording the <title> line', () => {
  it('takes the headline shown above the byline over the <title> line', () => {
    const article = clean([
      'Northern Tram Extension Approved | Acme Transit',
      ...longMenu,
      'Council approves the northern tram extension',
      'By Jane Doe',
      prose,
      prose,
    ])
    expect(article.title).toBe('Council approves the northern tram extension')
  })

  it('keeps the <title> line without a byline or date under the rewording, or under a breadcrumb', () => {
    const bare = clean([
      'Northern Tram Extension Approved | Acme Transit',
      ...longMenu,
      'Council approves the northern tram extension',
      prose,
      prose,
    ])
    expect(bare.title).toBe('Northern Tram Extension Approved')
    const crumb = clean([
      'Northern Tram Extension Approved | Acme Transit',
      ...longMenu,
      'Home » News » Northern tram extension approved by council',
      'By Jane Doe',
      prose,
      prose,
    ])
    expect(crumb.title).toBe('Northern Tram Extension Approved')
  })
})
