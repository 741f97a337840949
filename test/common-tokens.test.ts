import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const sentence = (topic: string) =>
  `Our ${topic} team helps clients plan, build and run their systems, and it reports every month.`

describe('class hints shared by most of the content', () => {
  it('keeps a page built of cards that all carry an ad-like class', () => {
    const cards = Array.from(
      { length: 10 },
      (_, i) =>
        `<div class="promo card"><h3>Service ${i}</h3><p>${sentence(`service ${i}`)}</p></div>`,
    ).join('')
    const article = cleanArticle(
      `<html><body><main><h1>Our services</h1>${cards}</main></body></html>`,
      {
        format: 'html',
      },
    )
    for (let i = 0; i < 10; i++) expect(article.text).toContain(`Our service ${i} team helps`)
  })

  it('still drops one small box with that class inside an article', () => {
    const body = Array.from({ length: 6 }, (_, i) => `<p>${sentence(`article ${i}`)}</p>`).join('')
    const article = cleanArticle(
      `<html><body><article><h1>Report</h1>${body}<div class="promo"><p>Get 20% off your first order with code SAVE20 today.</p></div></article></body></html>`,
      { format: 'html' },
    )
    expect(article.text).toContain('Our article 5 team helps')
    expect(article.text).not.toContain('SAVE20')
    expect(article.removed.some((r) => r.text.includes('SAVE20'))).toBe(true)
  })

  it('drops a comment thread longer than the article it follows', () => {
    const body = Array.from(
      { length: 5 },
      (_, i) => `<p>${sentence(`article ${i}`)} ${sentence(`part ${i}`)}</p>`,
    ).join('')
    const comments = Array.from(
      { length: 14 },
      (_, i) =>
        `<li class="comment"><p class="comment-author">Reader ${i} says</p><p>Thanks for the write-up, I tried the same plan at home and it worked, number ${i}.</p></li>`,
    ).join('')
    const article = cleanArticle(
      `<html><body><main><article><h1>Report</h1>${body}</article><div class="entry-comments" id="comments"><h3>Comments</h3><ol class="comment-list">${comments}</ol></div></main></body></html>`,
      { format: 'html' },
    )
    expect(article.text).toContain('Our part 4 team helps')
    expect(article.text).not.toContain('I tried the same plan')
  })
})
