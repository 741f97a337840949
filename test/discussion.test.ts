import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const reply = (n: number) =>
  `<li class="comments_subtree"><div class="comment" id="c_${n}"><div class="byline"><a href="/u/${n}">user${n}</a> 1 year ago</div><div class="comment_text"><p>I tried the same migration on a large codebase last year, and the hardest part was not the language but the build system: reply ${n} of the thread, with a few more words about the tooling and the tests we had to rewrite along the way.</p></div></div></li>`
const thread = (replies: number) =>
  `<ol class="comments">${Array.from({ length: replies }, (_, i) => reply(i + 1)).join('')}</ol>`
// Three paragraphs: past the 100 words after which a large box's hints count.
const paragraph = (n: number) =>
  `<p>Part ${n}: the kernel maintainers discussed whether parts of the code could move to a newer language. The proposal came from a group of driver authors who have used it elsewhere, and the thread below collects the arguments on both sides, from build times to new contributors.</p>`
const page = (paragraphs: number, replies = 8) =>
  `<!doctype html><html><head><title>Kernel language</title></head><body><div id="inside"><div class="story"><h1>Kernel language</h1>${Array.from({ length: paragraphs }, (_, i) => paragraph(i + 1)).join('')}</div>${thread(replies)}</div></body></html>`

describe('a page whose comments outweigh its article', () => {
  it('keeps the thread under a short post (about 150 words, 360 of comments)', () => {
    const article = cleanArticle(page(3), { format: 'html' })
    expect(article.text).toContain('Part 3: the kernel maintainers')
    expect(article.text).toContain('reply 8 of the thread')
    expect(article.removed.some((r) => r.rule === 'comment-section')).toBe(false)
  })

  it('drops a like thread under a longer article (about 400 words)', () => {
    // Ten replies: a thread under 100 % of the article's text is not climbed into
    // at all (src/html/widen.ts), so the rule would not see it.
    const article = cleanArticle(page(8, 10), { format: 'html' })
    expect(article.text).toContain('Part 8: the kernel maintainers')
    expect(article.text).not.toContain('reply 1 of the thread')
    expect(article.removed.some((r) => r.rule === 'comment-section')).toBe(true)
  })
})

describe('a product page with many reviews', () => {
  const review = (n: number) =>
    `<li id="review-${n}"><p>Review ${n}: the organiser arrived quickly and holds pens, cards and a phone, and the felt base keeps the desk free of scratches after months of daily use, so I bought a second one for the office.</p></li>`
  const shop = `<!doctype html><html><head><title>Walnut desk organiser</title><script type="application/ld+json">{"@type":"Product","name":"Walnut desk organiser"}</script></head><body><main><h1>Walnut desk organiser</h1><p>A walnut desk organiser with room for pens, cards and a phone, on a felt base that keeps the desk free of scratches.</p><p>Each organiser is cut from one board of oiled walnut in our workshop, so the grain and the colour differ a little from piece to piece.</p><ol class="reviews">${Array.from({ length: 10 }, (_, i) => review(i + 1)).join('')}</ol></main></body></html>`

  it('stays a product page: its reviews are not the content, however many', () => {
    const article = cleanArticle(shop, { format: 'html' })
    expect(article.text).toContain('A walnut desk organiser with room for pens')
    expect(article.text).not.toContain('Review 1:')
    expect(article.removed.filter((r) => r.reason === 'customer reviews')).toHaveLength(10)
  })
})
