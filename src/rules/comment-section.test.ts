import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { cases } from './comment-section.cases.js'
import { commentSection } from './comment-section.js'

describe('comment-section', () => {
  it('passes its cases', () => {
    expect(testRule(commentSection, cases)).toBe(cases.keep.length + cases.drop.length)
  })

  it('drops the whole comment form and keeps a quote about comments', () => {
    const page = [
      'Regional Rail Line to Reach the Northern Suburbs',
      '“No comment,” the senator said as she left the building.',
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
      'Comments are moderated and may take a day to appear.',
    ].join('\n')
    const article = cleanArticle(page, { rules: [commentSection] })
    expect(article.text).toBe('“No comment,” the senator said as she left the building.')
    expect(article.removed.map((r) => r.reason)).toEqual([
      'comment widget',
      'comment policy notice',
      'comment policy notice',
    ])
    expect(article.removed.every((r) => r.category === 'comments')).toBe(true)
  })
})
