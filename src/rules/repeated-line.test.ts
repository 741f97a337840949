import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { cases } from './repeated-line.cases.js'
import { repeatedLine } from './repeated-line.js'

describe('repeated-line', () => {
  it('passes its cases', () => {
    expect(testRule(repeatedLine, cases)).toBe(cases.keep.length + cases.drop.length)
  })

  it('drops every copy of a menu shown twice, and nothing else', () => {
    const menu = ['Timetables', 'Tickets and Fares']
    const body = [
      'The harbour ferry will carry passengers again from Monday after eleven weeks of repairs.',
      'Commuters who switched to the coastal bus said the journey had added almost an hour.',
    ]
    const page = ['Harbour Ferry Service to Resume', ...menu, ...body, ...menu].join('\n')
    const article = cleanArticle(page, { format: 'text', rules: [repeatedLine] })
    expect(article.text.split('\n\n')).toEqual(body)
    expect(article.removed.map((r) => r.text)).toEqual([...menu, ...menu])
  })

  it('leaves HTML alone', () => {
    expect(repeatedLine.formats).toEqual(['text'])
  })
})
