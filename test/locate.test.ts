import type { Element } from 'hast'
import { describe, expect, it } from 'vitest'
import { attr } from '../src/html/hast.js'
import { locate } from '../src/html/locate.js'
import { parseHtml } from '../src/html/parse.js'
import { prepareHtml } from '../src/html/prepare.js'
import { prune } from '../src/html/prune.js'
import { computeStats } from '../src/html/stats.js'
import { cleanArticle } from '../src/index.js'

const sentence = (n: number, topic: string) =>
  Array.from(
    { length: n },
    (_, i) => `The ${topic} note number ${i + 1} explains, in plain words, what the team found.`,
  ).join(' ')

function located(html: string): string[] {
  const root = parseHtml(html)
  prune(root)
  const { containers } = locate(root, computeStats(root))
  return containers.map((c: Element) => attr(c, 'id') || c.tagName)
}

describe('locate', () => {
  it('takes the article over a sidebar of short teasers', () => {
    const html = `<body><div id="story"><p>${sentence(4, 'lead')}</p><p>${sentence(4, 'body')}</p>
      <p>${sentence(3, 'end')}</p></div><div id="side"><p>${sentence(1, 'teaser')}</p></div></body>`
    expect(located(html)).toEqual(['story'])
  })

  it('escalates to the body when the best container holds under 30% of its text', () => {
    // A landing page: a hero of prose, then five unlike sections whose text
    // is half links (too link-heavy for widening to climb into them).
    const tags = ['section', 'div', 'aside-like', 'article-like', 'li-like']
    const features = tags
      .map(
        (cls, i) =>
          `<div class="${cls}"><p><a href="/f${i}">${sentence(1, `feature ${i}`)}</a> ${sentence(1, `feature ${i}`)}</p></div>`,
      )
      .join('')
    const html = `<body><section id="hero" class="content"><p>${sentence(2, 'hero')}</p><p>${sentence(2, 'hero')}</p></section>${features}</body>`
    expect(located(html)).toEqual(['body'])
    const article = cleanArticle(html, { format: 'html' })
    for (let i = 0; i < 5; i++) expect(article.text).toContain(`The feature ${i} note number 1`)
  })

  it('keeps the located article when it holds most of the body', () => {
    const html = `<body><main id="main"><p>${sentence(5, 'body')}</p><p>${sentence(5, 'more')}</p></main>
      <section id="promo"><span>${sentence(1, 'promo')}</span></section></body>`
    expect(located(html)).toEqual(['main'])
  })
})

describe('landing pages of sections under the body', () => {
  // Plain statements without commas: they score little as paragraphs.
  const plainLines = (n: number, topic: string) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<p>Our ${topic} service step ${i + 1} is simple and clear for every customer we serve today</p>`,
    ).join('')
  const hero = `<section id="hero"><p>${sentence(5, 'hero')}</p><p>${sentence(5, 'intro')}</p><p>${sentence(5, 'pitch')}</p></section>`
  const features = `<section id="features"><h2>How it works</h2>${plainLines(6, 'setup')}</section>`
  const faq = `<section id="faq"><h2>Questions</h2>${plainLines(6, 'billing')}</section>`

  it('climbs to the body when its other sections add half the text or more, few of it links', () => {
    const html = `<body><header><a href="/">Home</a></header>${hero}${features}${faq}</body>`
    expect(located(html)).toEqual(['body'])
    const text = cleanArticle(html, { format: 'html' }).text
    expect(text).toContain('Our setup service step 1')
    expect(text).toContain('Our billing service step 6')
  })

  it('stays in the section when the rest of the body adds little', () => {
    const html = `<body>${hero}<section id="features"><h2>How it works</h2>${plainLines(2, 'setup')}</section></body>`
    expect(located(html)).toEqual(['hero'])
  })
})

describe('a few words of links on the way up', () => {
  // Replies of short plain lines under their posters' names: they score little as paragraphs.
  const replies = [1, 2, 3]
    .map(
      (n) =>
        `<h3>Reply ${n}</h3>${[1, 2, 3].map((k) => `<p>I tried step ${k} of this on my own machine and it worked for me too</p>`).join('')}`,
    )
    .join('')
  const page = (
    tools: string,
  ) => `<body><nav><a href="/">Home</a> <a href="/f">Forum</a></nav><div id="thread">
      <div id="post"><div id="message"><p>${sentence(4, 'question')}</p><p>${sentence(3, 'detail')}</p></div>
      <div class="tools">${tools}</div></div><div class="replies">${replies}</div></div></body>`

  it('are looked past when the ancestor above them adds prose', () => {
    const html = page('<a href="/r">Reply</a> <a href="/q">Quote</a>')
    expect(located(html)).toEqual(['thread'])
  })

  it('still stop the climb when they are more than a few words', () => {
    const links = Array.from(
      { length: 12 },
      (_, i) => `<a href="/t/${i}">Another topic title ${i}</a>`,
    )
    expect(located(page(links.join(' ')))).toEqual(['message'])
  })
})

describe('teaser lists beside an article', () => {
  // Cards of a linked headline over an unlinked summary: their text is
  // mostly not links, so the link test alone lets widening climb into them.
  const teasers = Array.from(
    { length: 4 },
    (_, i) =>
      `<div class="card"><h3><a href="/s/${i}">Story ${i} headline</a></h3><p>A short summary of teaser ${i} that tells the reader what the piece covers</p></div>`,
  ).join('')

  it('keeps an article of 3,000 characters out of the teaser list around it', () => {
    const body = Array.from({ length: 8 }, (_, i) => `<p>${sentence(6, `part ${i}`)}</p>`).join('')
    const html = `<body><div id="wrap"><div id="story">${body}</div><div id="more">${teasers}</div></div></body>`
    expect(located(html)).toEqual(['story'])
    expect(cleanArticle(html, { format: 'html' }).text).not.toContain('teaser 1')
  })

  it('still climbs from a short result into sections headed by links', () => {
    const html = `<body><div id="wrap"><div id="intro"><p>${sentence(3, 'intro')}</p><p>${sentence(3, 'offer')}</p></div><div id="more">${teasers}</div></div></body>`
    expect(located(html)).toEqual(['wrap'])
  })
})

describe('a climb that adds little', () => {
  const body = Array.from({ length: 4 }, (_, i) => `<p>${sentence(3, `part ${i}`)}</p>`).join('')
  const bio = `<div class="bio"><span>Written by a staff writer who covers the city desk and the courts</span></div>`

  it('is undone when what it adds is not paragraphs above the result', () => {
    const html = `<body><div id="wrap"><div id="story">${body}</div>${bio}</div><footer>${sentence(8, 'footer')}</footer></body>`
    expect(located(html)).toEqual(['story'])
  })

  it('is undone when it adds less than the result under a single heading', () => {
    const extra = `<div class="more"><h3>More from the desk</h3><span>${sentence(9, 'other')}</span></div>`
    const html = `<body><div id="wrap"><div id="story">${body}</div>${extra}</div><footer>${sentence(10, 'footer')}</footer></body>`
    expect(located(html)).toEqual(['story'])
  })

  it('rises through wrappers that add no text', () => {
    const html = `<body><div id="wrap"><div id="inner"><div id="story">${body}</div></div>${bio}</div><footer>${sentence(8, 'footer')}</footer></body>`
    expect(located(html)).toEqual(['inner'])
  })

  it('is undone when it adds text of under 60% the comma density, under one heading', () => {
    const specs = Array.from(
      { length: 30 },
      (_, i) => `<li>Part ${i} weighs ${i + 2} grams and ships in a box</li>`,
    ).join('')
    const html = `<body><div id="wrap"><div id="story">${body}</div><div class="specs"><h3>Details</h3><ul>${specs}</ul></div></div><footer>${sentence(10, 'footer')}</footer></body>`
    expect(located(html)).toEqual(['story'])
  })

  it('stays when what it adds under one heading is as much prose as the result', () => {
    const more = Array.from({ length: 14 }, (_, i) => `<li>${sentence(1, `step ${i}`)}</li>`).join(
      '',
    )
    const html = `<body><div id="wrap"><div id="story">${body}</div><div class="steps"><h3>Steps</h3><ul>${more}</ul></div></div><footer>${sentence(10, 'footer')}</footer></body>`
    expect(located(html)).toEqual(['wrap'])
  })

  it('stays when it adds a lead paragraph above the result', () => {
    const html = `<body><div id="wrap"><div class="lead"><p>${sentence(1, 'lead')}</p></div><div id="story">${body}</div></div><footer>${sentence(8, 'footer')}</footer></body>`
    expect(located(html)).toEqual(['wrap'])
  })
})

describe('listing pages', () => {
  const cards = Array.from(
    { length: 24 },
    (_, i) =>
      `<li class="card"><a href="/p/${i}"><span>Trail boot model ${i} waterproof</span> <span>leather mid hiking boot</span></a><span>$1${i}9</span></li>`,
  ).join('')
  // An introduction long enough that the strict pass keeps something (no fallback).
  const html = `<html><body><main><h1>Hiking boots</h1><p>${sentence(4, 'boot')}</p><ul class="grid">${cards}</ul></main>
    <div class="promo-text"><p>We ship boots, and socks, and laces, to every state of the union.</p></div></body></html>`

  it('marks a page located by its grid of cards as a listing', () => {
    expect(prepareHtml(html, null).pageType).toBe('listing')
  })

  it('keeps the linked product names of a listing', () => {
    const article = cleanArticle(html, { format: 'html' })
    for (let i = 0; i < 24; i++) expect(article.text).toContain(`Trail boot model ${i} waterproof`)
  })

  it('leaves an article an article', () => {
    const story = `<body><article><p>${sentence(4, 'lead')}</p><p>${sentence(4, 'body')}</p></article></body>`
    expect(prepareHtml(story, null).pageType).toBe('article')
  })
})

describe('product pages', () => {
  const item = (n: number) =>
    `<div itemscope itemtype="https://schema.org/Product"><h2 itemprop="name">Walnut desk organiser ${n}</h2><p>${sentence(2, 'desk')}</p></div>`

  it('marks a page with one microdata Product item as a product page', () => {
    const html = `<body><main><h1>Walnut desk organiser</h1>${item(1)}</main></body>`
    expect(prepareHtml(html, null).pageType).toBe('product')
  })

  it('does not take several Product items (a shop grid) for one product', () => {
    const html = `<body><main><h1>Desk organisers</h1>${item(1)}${item(2)}</main></body>`
    expect(prepareHtml(html, null).pageType).toBe('article')
  })

  it('takes a story that declares the products it reviews for an article', () => {
    const ld = (types: string) =>
      `<head><script type="application/ld+json">{"@graph":[${types}]}</script></head>`
    const body = `<body><main><h1>The best desk organisers</h1><p>${sentence(3, 'desk')}</p></main></body>`
    const product = '{"@type":"Product","name":"Walnut desk organiser"}'
    expect(prepareHtml(`<html>${ld(product)}${body}</html>`, null).pageType).toBe('product')
    for (const story of ['NewsArticle', 'BlogPosting', 'Article']) {
      const html = `<html>${ld(`{"@type":"${story}","headline":"The best desk organisers"},${product}`)}${body}</html>`
      expect(prepareHtml(html, null).pageType, story).toBe('article')
    }
  })
})

describe('strong candidates', () => {
  it('are looked for only where a word every strong hint holds is present', async () => {
    const { STRONG, STRONG_WORDS } = await import('../src/html/locate.js')
    for (const hint of STRONG) expect(STRONG_WORDS.test(hint), hint).toBe(true)
    expect(STRONG_WORDS.test('sidebar widget')).toBe(false)
  })
})
