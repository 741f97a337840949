import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { cases } from './duplicate-block.cases.js'
import { duplicateBlock } from './duplicate-block.js'

describe('duplicate-block', () => {
  it('passes its cases', () => {
    expect(testRule(duplicateBlock, cases)).toBe(cases.keep.length + cases.drop.length)
  })

  it('keeps the first copy and drops the later ones', () => {
    const line = 'The library will stay open until midnight on weekdays from next Monday.'
    const page = [
      'Library Extends Opening Hours',
      line,
      'Extra staff will be paid from the events budget.',
      line,
      line,
    ].join('\n')
    const article = cleanArticle(page, { format: 'text', rules: [duplicateBlock] })
    expect(article.text.split('\n\n')).toEqual([
      line,
      'Extra staff will be paid from the events budget.',
    ])
    expect(article.removed.map((r) => r.rule)).toEqual(['duplicate-block', 'duplicate-block'])
  })
})
