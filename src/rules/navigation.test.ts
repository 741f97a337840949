import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { cases } from './navigation.cases.js'
import { navigation } from './navigation.js'

describe('navigation', () => {
  it('passes its cases', () => {
    expect(testRule(navigation, cases)).toBe(cases.keep.length + cases.drop.length)
  })

  it('drops skip links and breadcrumbs around the article', () => {
    const page = [
      'Skip to content',
      'Home > World > Europe',
      'Regional Rail Line to Reach the Northern Suburbs',
      'Home prices fell for a third straight month in April, the survey found.',
      'Back to top',
    ].join('\n')
    const article = cleanArticle(page, { rules: [navigation] })
    expect(article.title).toBe('Regional Rail Line to Reach the Northern Suburbs')
    expect(article.text).toBe(
      'Home prices fell for a third straight month in April, the survey found.',
    )
    expect(article.removed.map((r) => r.reason)).toEqual([
      'navigation link',
      'breadcrumb trail',
      'navigation link',
    ])
  })
})
