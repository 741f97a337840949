import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { cases } from './author-bio.cases.js'
import { authorBio, bylineNames, keptBylines } from './author-bio.js'

describe('author-bio', () => {
  it('passes its cases', () => {
    expect(testRule(authorBio, cases)).toBe(cases.keep.length + cases.drop.length)
  })

  it('finds a byline near the title counted in kept blocks, past what raw blocks see', () => {
    const lead =
      'Ferry riders will pay more from April, as the harbour authority moves to replace its oldest diesel boats with electric ones.'
    const page = cleanArticle(
      [
        'Harbour Ferry Fares to Rise in Spring',
        'Harbour Ferry Fares to Rise in Spring',
        'Advertisement',
        'Advertisement',
        lead,
        'By Henrik Aalto',
        'The harbour authority said on Monday that single fares on the inner-harbour ferries will rise by forty cents in April, the first increase in six years, to pay for two new electric boats.',
        'Season tickets will keep their price until the end of the year, and children under twelve will still travel free with an adult, the authority said in a statement.',
      ].join('\n'),
      { format: 'text' },
    )
    expect(page.text).not.toContain('By Henrik Aalto')
    expect(page.text).toContain(lead)
    expect(page.text).toContain('forty cents')
    expect(page.removed.find((r) => r.text === 'By Henrik Aalto')?.rule).toBe('author-bio')
  })

  it('counts only kept blocks, from the title, and stops past the window', () => {
    const block = (index: number, text: string) =>
      ({ index, text, words: text.split(/\s+/).length }) as never
    const blocks = [
      block(0, 'A headline over the text'),
      ...[1, 2, 3, 4, 5].map((i) => block(i, `Line ${i} of the page`)),
      block(6, 'By Henrik Aalto'),
    ]
    expect(keptBylines(blocks, 0, new Set([1, 2]))).toEqual([[6, 'Henrik Aalto']])
    expect(keptBylines(blocks, 0, new Set([1]))).toEqual([])
    expect(keptBylines(blocks, 0, new Set())).toEqual([])
  })

  it('reads the names of a byline', () => {
    expect(bylineNames('By Henrik Aalto and Sofia Brandt')).toBe('Henrik Aalto, Sofia Brandt')
    expect(bylineNames('Von Katrin Vogelsang')).toBe('Katrin Vogelsang')
    expect(bylineNames('Par Élodie Marchand')).toBe('Élodie Marchand')
    expect(bylineNames('Por Ignacio Barrena | Madrid')).toBe('Ignacio Barrena')
    expect(
      bylineNames('By the end of the year, the company expects to hire more engineers.'),
    ).toBeNull()
    expect(bylineNames('Par ailleurs, le maire a promis de nouvelles pistes cyclables.')).toBeNull()
  })

  it('fills `byline` and `authorBio` from the byline and the author box', () => {
    const page = [
      'Regional Rail Line to Reach the Northern Suburbs',
      'By Henrik Aalto and Sofia Brandt',
      'The regional transit authority approved a plan on Thursday to extend the northern rail line by fourteen kilometres, adding five stations that planners say will serve roughly forty thousand riders a day.',
      'Marisol Quintero',
      'Marisol Quintero is a freelance reporter based in Lima who covers mining and the environment.',
    ].join('\n')
    const article = cleanArticle(page, { rules: [authorBio] })
    expect(article.byline).toBe('Henrik Aalto, Sofia Brandt')
    expect(article.authorBio).toBe(
      'Marisol Quintero is a freelance reporter based in Lima who covers mining and the environment.',
    )
    expect(article.removed.map((r) => r.reason)).toEqual([
      'byline',
      'author name of the author box',
      'author bio',
    ])
  })
})
