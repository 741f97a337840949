import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { authorBox, copyrightHolder } from '../src/text/author-box.js'
import { segmentText } from '../src/text/segment.js'

const prose =
  'I rode the new tram line to the northern suburbs last week, and I came back thinking my commute will never be the same again after this.'
const more =
  'I also tried the night service, which I liked even more: my stop was quiet, the driver was friendly and I was home before midnight.'
const bio =
  'Jane Doe is a reporter covering transport and the city council. She has written about trams, buses and bicycles for ten years.'
const company =
  'Rosetta Stone is a language learning company founded in 1992, which sells courses for more than twenty languages to schools and learners.'

const clean = (lines: readonly string[]) => cleanArticle(lines.join('\n'), { format: 'text' })
const box = (lines: readonly string[]) => authorBox(segmentText(lines.join('\n'), 'en'))
const holder = (lines: readonly string[]) => copyrightHolder(segmentText(lines.join('\n'), 'en'))

describe('author boxes at the foot of a plain text', () => {
  it('reads the name under "About the author", or glued to it', () => {
    expect(
      clean(['Riding the tram', prose, more, 'About the author', 'Jane Doe', 'Share']).byline,
    ).toBe('Jane Doe')
    expect(clean(['Riding the tram', prose, more, 'About the AuthorJane Doe']).byline).toBe(
      'Jane Doe',
    )
    // A name with its role, and a bio sentence that opens with the name.
    const role = clean([
      'Riding the tram',
      prose,
      'About the Contributor',
      'Jane Doe, Managing Editor',
    ])
    expect(role.byline).toBe('Jane Doe')
    expect(clean(['Riding the tram', prose, 'About the Author:', bio]).byline).toBe('Jane Doe')
  })

  it('reads a name line over a bio that starts with that name and says "he" or "she"', () => {
    expect(box(['Riding the tram', prose, more, 'Jane Doe', bio])).toBe('Jane Doe')
    // Past a role line, and a bio that opens with the first name only.
    const given = bio.replace('Jane Doe', 'Jane')
    expect(box(['Riding the tram', prose, more, 'Jane Doe', 'Senior Reporter', given])).toBe(
      'Jane Doe',
    )
    expect(box(['Riding the tram', prose, more, 'Jane Doe', given])).toBe('Jane Doe')
    // Another first name opens another's bio.
    expect(
      box(['Riding the tram', prose, more, 'Jane Doe', bio.replace('Jane Doe', 'Mary')]),
    ).toBeNull()
    // A company's description is no bio, nor a bio under another name.
    expect(box(['Riding the tram', prose, more, 'Rosetta Stone', company])).toBeNull()
    expect(box(['Riding the tram', prose, more, 'John Roe', bio])).toBeNull()
  })

  it('answers nothing when two boxes name two people (a team page)', () => {
    const team = clean([
      'Our reporters',
      prose,
      'About the author',
      'Jane Doe',
      more,
      'About the author',
      'John Roe',
    ])
    expect(team.byline).toBeNull()
    expect(
      box([
        'Our reporters',
        prose,
        'About the author',
        'Jane Doe',
        more,
        'About the author',
        'John Roe',
      ]),
    ).toBeNull()
  })

  it('keeps a byline near the headline over the box', () => {
    const article = clean(['Riding the tram', 'By John Roe', prose, 'About the author', 'Jane Doe'])
    expect(article.byline).toBe('John Roe')
  })
})

describe('a personal site’s copyright line', () => {
  it('reads "© 2025 Jane Doe" on a text written in the first person', () => {
    expect(
      clean(['Riding the tram', prose, more, '© 2025 Jane Doe. All rights reserved.']).byline,
    ).toBe('Jane Doe')
    expect(clean(['Riding the tram', prose, more, 'Copyright Jane Doe 2012-2025.']).byline).toBe(
      'Jane Doe',
    )
  })

  it('reads no company: a suffix, a company word, "we", or a name all through the text', () => {
    // The same lines with a person's name pass: each case below fails on one test alone.
    expect(holder(['Riding the tram', prose, more, 'Copyright © Acme Trams'])).toBe('Acme Trams')
    expect(holder(['Riding the tram', prose, more, 'Copyright © Acme Trams, Inc'])).toBeNull()
    expect(holder(['Riding the tram', prose, more, '© 2025 Acme Store'])).toBeNull()
    const we =
      'We sell tram passes and we ship them to our customers; our team answers every question we get within a day, and we love it.'
    expect(holder(['Riding the tram', we, '© 2025 Acme Trams'])).toBeNull()
    const trams =
      'I love Trams: Trams here, Trams there, Trams everywhere, and my Trams too; I ride Trams daily.'
    expect(holder(['Riding the tram', prose, trams, '© 2025 Acme Trams'])).toBeNull()
    // Two holders: none.
    expect(
      holder(['Riding the tram', prose, more, '© 2025 Jane Doe', '© 2025 John Roe']),
    ).toBeNull()
  })
})
