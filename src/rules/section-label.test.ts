import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { cases } from './section-label.cases.js'
import { sectionLabel } from './section-label.js'

const HEADLINE = 'Regional Rail Line to Reach the Northern Suburbs'
const BODY =
  'The regional transit authority approved a plan on Thursday to extend the northern rail line by fourteen kilometres, adding five stations that planners say will serve roughly forty thousand riders a day by the end of the decade.'

describe('section-label', () => {
  it('passes its cases', () => {
    expect(testRule(sectionLabel, cases)).toBe(cases.keep.length + cases.drop.length)
  })

  it('captures every dropped label as the section', () => {
    expect(cases.drop.every((c) => c.capture === 'section')).toBe(true)
  })

  it('fills `section` and keeps the headline as the title', () => {
    const article = cleanArticle(['World Politics', HEADLINE, BODY].join('\n'), {
      rules: [sectionLabel],
    })
    expect(article.section).toBe('World Politics')
    expect(article.title).toBe(HEADLINE)
    expect(article.removed).toEqual([
      {
        rule: 'section-label',
        category: 'navigation',
        reason: 'section label above the title',
        text: 'World Politics',
      },
    ])
  })
})
