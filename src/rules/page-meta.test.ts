import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { cases } from './page-meta.cases.js'
import { pageMeta } from './page-meta.js'

describe('page-meta', () => {
  it('passes its cases', () => {
    expect(testRule(pageMeta, cases)).toBe(cases.keep.length + cases.drop.length)
  })

  it('drops reading time and tags and keeps sentences that start like them', () => {
    const page = [
      'Regional Rail Line to Reach the Northern Suburbs',
      '5 min read',
      'Updated figures released on Friday showed unemployment had risen to 6.1 percent in the spring.',
      'Tagged as a security risk, the app was removed from both stores.',
      'Tags: elections, Europe, climate',
    ].join('\n')
    const article = cleanArticle(page, { rules: [pageMeta] })
    expect(article.removed.map((r) => [r.category, r.text])).toEqual([
      ['meta', '5 min read'],
      ['meta', 'Tags: elections, Europe, climate'],
    ])
    expect(article.blocks).toHaveLength(2)
  })

  it('drops a forum post signature on a discussion, and keeps a signature section elsewhere', () => {
    const post = 'I replaced the chain last week and the shifting still skips on the smallest cog.'
    const reply = 'Check the hanger alignment first; a bent hanger gives exactly that symptom.'
    const sig =
      'Home setup: steel frame tourer, old friction shifters, and far too many spare tubes'
    const thread = `<html><head><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Chain skips"}</script></head><body><main><h1>Chain skips</h1><article><p>${post}</p><div class="message-signature">${sig}</div></article><article><p>${reply}</p></article></main></body></html>`
    const article = cleanArticle(thread, { format: 'html' })
    expect(article.text).toContain(reply)
    expect(article.text).not.toContain('Home setup')
    expect(article.removed.find((r) => r.text === sig)?.reason).toBe('forum signature')
    const dish =
      'Our signature dish is a slow-cooked lamb shoulder with a crust of herbs and lemon.'
    const menu = `<html><body><main><h1>Dinner menu</h1><p>${post} ${reply}</p><div class="signature-dish"><p>${dish}</p></div></main></body></html>`
    expect(cleanArticle(menu, { format: 'html' }).text).toContain(dish)
  })
})
