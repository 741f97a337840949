import { describe, expect, it } from 'vitest'
import { prepareHtml } from '../src/html/prepare.js'
import { cleanArticle, defineRule, recommended } from '../src/index.js'

const sentence = (topic: string) => `The ${topic} is here, and it says more than a caption would.`

describe('fallbacks when too little survives', () => {
  it('keeps a page that is one table of links (a news aggregator) instead of returning nothing', () => {
    const rows = Array.from(
      { length: 12 },
      (_, i) =>
        `<tr><td>${i + 1}.</td><td><a href="/item/${i}">Story number ${i + 1} about the harbour strike</a> (example.org)</td></tr>`,
    ).join('')
    const article = cleanArticle(`<html><body><table>${rows}</table></body></html>`, {
      format: 'html',
    })
    for (let i = 1; i <= 12; i++) expect(article.text).toContain(`Story number ${i} about`)
  })

  it('judges the whole body when the located content leaves nothing', () => {
    // A rule of the caller's drops every block of the located content.
    const dropMarked = defineRule({
      id: 'drop-marked',
      category: 'boilerplate',
      description: 'Drops blocks that carry the marker word.',
      test: (block) =>
        block.text.includes('marker') ? { drop: true, reason: 'marked' } : undefined,
    })
    const marked = (topic: string) =>
      `The ${topic} marker is here, and it says more than a caption would, or could.`
    const plain = (topic: string) => `The ${topic} is here and it says more than a caption would`
    const html = `<html><body><div id="main"><p>${marked('first')} ${marked('second')}</p>
      <p>${marked('third')} ${marked('fourth')}</p></div>
      <div class="extra"><div><div><span>${plain('other part')}</span> <span>${plain('last part')}</span></div></div></div></body></html>`
    const located = prepareHtml(html, null)
    expect(located.blocks.map((b) => b.text).join(' ')).not.toContain('other part')
    const article = cleanArticle(html, { format: 'html', rules: [...recommended, dropMarked] })
    expect(article.text).toContain('The other part is here')
    expect(article.text).toContain('The last part is here')
    expect(article.text).not.toContain('marker')
  })

  it('prepares every block of the pruned body when asked for the whole body', () => {
    const html = `<html><body><nav><a href="/">Home</a></nav><article><p>${sentence('story')} ${sentence('story end')}</p></article>
      <div><span>${sentence('aside text')}</span></div></body></html>`
    const located = prepareHtml(html, null)
    const whole = prepareHtml(html, null, { wholeBody: true })
    const texts = (page: typeof located) => page.blocks.map((b) => b.text).join(' ')
    expect(whole.blocks.length).toBeGreaterThan(0)
    expect(texts(whole)).toContain('The aside text is here')
    expect(texts(whole)).toContain('The story is here')
    expect(whole.blocks.every((b) => b.source.kind !== 'html' || b.source.located)).toBe(true)
    expect(texts(located)).toContain('The story is here')
  })

  it('takes the declared description when the body holds no text, and says so', () => {
    const description = 'Hello all, I am new here and would like advice on my first telescope.'
    const head = `<head><title>First telescope</title><meta property="og:description" content="${description}"></head>`
    const shell = `<html>${head}<body><div id="app"><img src="/splash.png" alt=""></div></body></html>`
    const article = cleanArticle(shell, { format: 'html' })
    expect(article.text).toBe(description)
    expect(article.fromExcerpt).toBe(true)
    expect(article.html).toContain('would like advice')
    const page = `<html>${head}<body><article><p>${sentence('story')} ${sentence('story end')}</p></article></body></html>`
    const read = cleanArticle(page, { format: 'html' })
    expect(read.fromExcerpt).toBe(false)
    expect(read.text).toContain('The story is here')
    const bare = cleanArticle('<html><body><div id="app"></div></body></html>', { format: 'html' })
    expect(bare.text).toBe('')
    expect(bare.fromExcerpt).toBe(false)
  })

  it('never reads a plain text from its excerpt', () => {
    expect(cleanArticle('', { format: 'text' }).fromExcerpt).toBe(false)
  })
})
