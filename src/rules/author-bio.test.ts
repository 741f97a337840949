import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { cases } from './author-bio.cases.js'
import { authorBio, bylineNames } from './author-bio.js'

describe('author-bio', () => {
  it('passes its cases', () => {
    expect(testRule(authorBio, cases)).toBe(cases.keep.length + cases.drop.length)
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
