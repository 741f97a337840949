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

  it('drops repeated copies on a product page, and keeps them in an article', () => {
    const line = 'The walnut desk organiser holds pens, cards and a phone on a felt base.'
    const body = `<main><h1>Walnut desk organiser</h1><p>${line}</p><p>Made by hand in small batches from oiled walnut.</p><div class="slide"><p>${line}</p></div></main>`
    const page = (type: string) =>
      `<html><head><script type="application/ld+json">{"@type":"${type}","name":"Walnut desk organiser"}</script></head><body>${body}</body></html>`
    const product = cleanArticle(page('Product'), { format: 'html' })
    expect(product.text.split(line).length - 1).toBe(1)
    expect(product.removed.some((r) => r.rule === 'duplicate-block')).toBe(true)
    const article = cleanArticle(page('NewsArticle'), { format: 'html' })
    expect(article.text.split(line).length - 1).toBe(2)
  })

  it('drops a quoted post in a discussion, against copies inside the content only', () => {
    const post = 'I replaced the chain last week and the shifting still skips on the smallest cog.'
    const reply = 'Check the hanger alignment first; a bent hanger gives exactly that symptom.'
    const thread = (teaser: string) =>
      `<html><head><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Chain skips"}</script></head><body>${teaser}<main><h1>Chain skips</h1><article><p>${post}</p></article><article><blockquote><p>${post}</p></blockquote><p>${reply}</p></article></main></body></html>`
    const quoted = cleanArticle(thread(''), { format: 'html' })
    expect(quoted.text.split(post).length - 1).toBe(1)
    expect(quoted.text).toContain(reply)
    expect(quoted.removed.find((r) => r.text === post)?.rule).toBe('duplicate-block')
    // A teaser outside the content with the same text leaves the post alone.
    const teased = cleanArticle(thread(`<nav><p>${post}</p></nav>`), {
      format: 'html',
      rules: [duplicateBlock],
    })
    expect(teased.text.startsWith(post)).toBe(true)
  })
})
