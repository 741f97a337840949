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

  it('drops the comments under the answers of a Q&A page and keeps the answers', () => {
    const answer = (n: number) =>
      `Answer ${n}: open the settings panel, choose the keyboard section and assign a new shortcut to the action you use most often.`
    const remark = (n: number) => `Remark ${n}: thanks, that did the trick on my machine too.`
    const post = (kind: string, n: number) =>
      `<div class="${kind}"><p>${answer(n)}</p><div class="comments"><ul class="comments-list"><li class="comment"><span class="comment-copy">${remark(n)}</span></li></ul></div></div>`
    const html = `<!doctype html><html lang="en"><head><title>Assigning shortcuts</title><script type="application/ld+json">{"@type":"QAPage"}</script></head><body><main><h1>Assigning shortcuts</h1>${post('question', 1)}${post('answer', 2)}${post('answer accepted-answer', 3)}</main></body></html>`
    const article = cleanArticle(html, { format: 'html' })
    for (const n of [1, 2, 3]) {
      expect(article.text).toContain(answer(n))
      expect(article.text).not.toContain(remark(n))
    }
    expect(
      article.removed.filter((r) => r.reason === 'comment on a question or answer'),
    ).toHaveLength(3)
  })

  describe('customer reviews', () => {
    const description =
      'The walnut desk organiser holds pens, cards and a phone, and its felt base keeps the desk free of scratches.'
    const reviews =
      '<section class="product-reviews"><h2>Customer reviews</h2><p>Arrived quickly and looks even better than in the photos, five stars from me.</p></section>'
    const shop = (ld: string) =>
      `<html><head><script type="application/ld+json">${ld}</script></head><body><main><h1>Walnut desk organiser</h1><p>${description}</p><p>${description}</p>${reviews}</main></body></html>`

    it('drops the reviews of a product page', () => {
      const article = cleanArticle(shop('{"@type":"Product","name":"Walnut desk organiser"}'), {
        format: 'html',
      })
      expect(article.text).toContain('The walnut desk organiser holds pens')
      expect(article.text).not.toContain('five stars from me')
      expect(article.removed.some((r) => r.reason === 'customer reviews')).toBe(true)
    })

    it('keeps a reviews section of an article', () => {
      const article = cleanArticle(
        shop('{"@type":"NewsArticle","headline":"Walnut desk organiser"}'),
        {
          format: 'html',
        },
      )
      expect(article.text).toContain('five stars from me')
    })
  })
})
