import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { cases } from './share-widget.cases.js'
import { shareWidget } from './share-widget.js'

describe('share-widget', () => {
  it('passes its cases', () => {
    expect(testRule(shareWidget, cases)).toBe(cases.keep.length + cases.drop.length)
  })

  it('drops share bars and keeps share prices and follow-up talks', () => {
    const page = [
      'Regional Rail Line to Reach the Northern Suburbs',
      'Share prices rose 4 percent in early trading after the announcement.',
      'Follow-up talks are scheduled for next month in Geneva.',
      'Share this article',
      'Facebook Twitter LinkedIn Email',
      'Follow us on Instagram',
    ].join('\n')
    const article = cleanArticle(page, { rules: [shareWidget] })
    expect(article.text).toBe(
      'Share prices rose 4 percent in early trading after the announcement.\n\nFollow-up talks are scheduled for next month in Geneva.',
    )
    expect(article.removed.map((r) => r.reason)).toEqual([
      'share or follow button',
      'row of social network buttons',
      'share or follow button',
    ])
  })
})
