import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { duplicateBlock } from './duplicate-block.js'
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

  it('keeps the first copy of a section shown twice, list and all, and drops the later', () => {
    const section = [
      'What the pass covers',
      'The new pass covers every ferry, bus and tram in the region for one monthly price, and children under twelve travel free with an adult.',
      'Unlimited ferry trips',
      'Night buses',
      'Airport trams',
    ]
    const lead =
      'Commuters will be able to buy a single monthly ticket for the whole network from next spring, the transport authority said on Monday.'
    const page = ['Regional Travel Pass Announced', lead, ...section, ...section].join('\n')
    const rules = [repeatedLine, duplicateBlock]
    const article = cleanArticle(page, { format: 'text', rules })
    expect(article.text.split('\n\n')).toEqual([lead, ...section])
    expect(article.removed.map((r) => r.rule)).toEqual(section.map(() => 'duplicate-block'))
    // Short lines alone shown twice are a menu: every copy goes.
    const menu = ['Timetables', 'Tickets and Fares', 'Service updates']
    const twice = ['Regional Travel Pass Announced', lead, ...menu, ...menu].join('\n')
    expect(cleanArticle(twice, { format: 'text', rules }).text).toBe(lead)
  })

  it('keeps a heading whose twin stands in a table of contents above, and drops the contents', () => {
    const steps = [
      'Step 1: Back up your data',
      'Step 2: Update your software',
      'Step 3: Use strong passwords',
    ]
    const texts = [
      'Copy your files to a drive kept somewhere else, and test that you can restore them.',
      'Turn on automatic updates for the operating system and every program you rely on.',
      'Give every account its own long password, and keep them in a password manager.',
    ]
    const body = steps.flatMap((step, i) => [step, texts[i] as string])
    const intro = 'Three habits protect a small firm from most attacks.'
    const page = ['Small Business Security Guide', 'In this guide', ...steps, intro, ...body].join(
      '\n',
    )
    const article = cleanArticle(page, { format: 'text', rules: [repeatedLine] })
    expect(article.text.split('\n\n')).toEqual(['In this guide', intro, ...body])
    expect(article.removed.map((r) => r.text)).toEqual(steps)
  })

  it('leaves HTML alone', () => {
    expect(repeatedLine.formats).toEqual(['text'])
  })
})
