import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { cases } from './duplicate-block.cases.js'
import { duplicateBlock } from './duplicate-block.js'
import { recommended } from './index.js'

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

  it('drops the later copy of a short line on a shop page, and keeps card fields and articles', () => {
    const about = 'The walnut desk organiser holds pens, cards and a phone on a felt base.'
    const box = (kind: string) =>
      `<div class="${kind}"><p>€49.00</p><p>In stock, ships today</p><p>Quick view</p></div>`
    const card = (name: string, price: string) =>
      `<div class="card"><h3>${name}</h3><p>Oakridge</p><p>${price}</p></div>`
    const body = `<main><h1>Walnut desk organiser</h1>${box('buy-box')}<p>${about}</p><p>Made by hand in small batches from oiled walnut boards.</p>${box('buy-box-mobile')}${card('Pen tray', '€24')}${card('Letter rack', '€31')}${card('Card holder', '€18')}</main>`
    const shop = (type: string) =>
      `<html><head><script type="application/ld+json">{"@type":"${type}","name":"Walnut desk organiser"}</script></head><body>${body}</body></html>`
    // Without shop-label, which drops "Quick view" and the later prices first.
    const rules = recommended.filter((rule) => rule.id !== 'shop-label')
    const product = cleanArticle(shop('Product'), { format: 'html', rules })
    expect(product.text.split('In stock, ships today').length - 1).toBe(1)
    expect(product.text.split('€49.00').length - 1).toBe(1)
    expect(product.text.split('Oakridge').length - 1).toBe(3)
    expect(
      product.removed.filter((r) => r.reason === 'repeats an earlier short line'),
    ).toHaveLength(3)
    const article = cleanArticle(shop('NewsArticle'), { format: 'html', rules })
    expect(article.removed.some((r) => r.reason === 'repeats an earlier short line')).toBe(false)
  })

  it("drops the later copies of a poster's short labels in a discussion", () => {
    // Posts of one, two and three paragraphs: the labels recur at no fixed period (card fields do).
    const posts = [
      'I replaced the chain last week and the shifting still skips on the smallest cog.',
      'Check the hanger alignment first; a bent hanger gives exactly that symptom.</p><p>A hanger costs less than a chain, and the shop can check it in a minute.',
      'Same here after a crash: the hanger was bent by a few millimetres.</p><p>A new one fixed it.</p><p>Thanks for the tip, it saved me a cassette.',
    ]
    const post = (text: string) =>
      `<article><p>Trail regular</p><p>Posted in Drivetrains</p><p>${text}</p></article>`
    const html = `<html><head><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Chain skips"}</script></head><body><main><h1>Chain skips</h1>${posts.map(post).join('')}</main></body></html>`
    const thread = cleanArticle(html, { format: 'html', rules: [duplicateBlock] })
    for (const text of posts) expect(thread.text).toContain(text.split('</p>')[0])
    expect(thread.text.split('Trail regular').length - 1).toBe(1)
    expect(thread.removed.filter((r) => r.reason === 'repeats an earlier short line')).toHaveLength(
      4,
    )
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

  it('drops a forum quote of a post shown above, and keeps one whose post is not on the page', () => {
    const post =
      'I replaced the chain last week and the shifting still skips on the smallest cog whenever I climb.'
    const reply = 'Check the hanger alignment first; a bent hanger gives exactly that symptom.'
    const quote = `<blockquote><p>alice said:</p><p>I replaced the chain last week and the shifting still skips</p><p>Click to expand...</p></blockquote>`
    const thread = (first: string) =>
      `<html><head><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Chain skips"}</script></head><body><main><h1>Chain skips</h1><article><p>${first}</p></article><article>${quote}<p>${reply}</p></article></main></body></html>`
    const shown = cleanArticle(thread(post), { format: 'html' })
    expect(shown.text).toContain(post)
    expect(shown.text).toContain(reply)
    expect(shown.text).not.toContain('alice said')
    expect(shown.removed.find((r) => r.text.startsWith('alice said'))?.reason).toBe(
      'quotes a post shown above',
    )
    // The quoted post is on an earlier page of the thread: the quote is its only copy.
    const other = 'Has anyone tried a wider range cassette on an older derailleur without trouble?'
    expect(cleanArticle(thread(other), { format: 'html' }).text).toContain('alice said')
  })
  it('drops a section served twice in an article, and keeps labels repeated from card to card', () => {
    const section = [
      '<h2>Carry-on sizes</h2>',
      '<p>Airlines set their own limits, so check the size before you fly.</p>',
      '<p>Most allow a bag of about 55 by 40 by 20 centimetres in the cabin.</p>',
    ].join('')
    const prose =
      'A carry-on bag keeps your essentials close, saves the wait at the carousel and spares you the fee that many airlines now charge for a checked suitcase.'
    const twice = `<html><body><main><h1>Carry-on luggage</h1><p>${prose}</p><div class="desktop">${section}</div><div class="mobile">${section}</div></main></body></html>`
    const article = cleanArticle(twice, { format: 'html' })
    expect(article.text.split('Most allow a bag').length - 1).toBe(1)
    expect(article.removed.some((r) => r.reason === 'repeats an earlier run of blocks')).toBe(true)
    const card = (n: number) =>
      `<div class="card"><h3>Trail bottle ${n}</h3><p>Cap type:</p><p>Screw cap</p><p>Capacity:</p><p>${n}0 fl. oz.</p></div>`
    const grid = `<html><body><main><h1>Water bottles</h1><p>${prose}</p>${card(1)}${card(2)}${card(3)}</main></body></html>`
    const shop = cleanArticle(grid, { format: 'html' })
    expect(shop.text.split('Screw cap').length - 1).toBe(3)
  })

  it('drops a copy of the article joined into one long line, and keeps a long paragraph', () => {
    const topics = [
      'reading rooms',
      'opening hours',
      'study desks',
      'printing costs',
      'quiet zones',
      'group rooms',
      'book returns',
      'late fees',
      'laptop loans',
      'staff rotas',
      'heating bills',
      'cafe prices',
    ]
    const paragraphs = topics.map(
      (topic, n) =>
        `The council reviewed the ${topic} at the central library this spring and found that ${n + 2} changes would help students who revise there late into the evening before their exams begin, according to a report published on Tuesday by the board of governors.`,
    )
    const copy = `<h1>Library Extends Opening Hours</h1> ${paragraphs.map((p) => `<p>${p}</p>`).join(' ')}`
    const page = ['Library Extends Opening Hours', ...paragraphs, 'Republish this article', copy]
    const article = cleanArticle(page.join('\n'), { format: 'text', url: 'https://example.org/a' })
    expect(article.text).toContain(paragraphs[11])
    expect(article.text).not.toContain('<h1>')
    expect(article.removed.find((r) => r.text === copy)?.reason).toBe(
      "repeats the page's text in one block",
    )
    // The same long line, its sentences nowhere else on the page, is prose.
    const alone = cleanArticle(['Library Extends Opening Hours', copy].join('\n'), {
      format: 'text',
      url: 'https://example.org/a',
    })
    expect(alone.removed.some((r) => r.rule === 'duplicate-block')).toBe(false)
  })

  it('follows copied runs in linear time on a page of one repeated line', () => {
    const line = '<p>The same line of text that the page repeats again and again.</p>'
    const html = `<html><body><main><h1>Echo</h1>${line.repeat(20000)}</main></body></html>`
    const started = Date.now()
    cleanArticle(html, { format: 'html' })
    expect(Date.now() - started).toBeLessThan(20000)
  })
})
