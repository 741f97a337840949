import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { declaredHeadline, isSlogan } from '../src/meta/headline.js'

const body =
  '<p>The council met on Tuesday evening to discuss the new library, which has been planned for a decade and will open next spring in the old station building.</p>' +
  '<p>Residents asked about parking, opening hours and the fate of the reading room; the council promised answers at its next meeting in the town hall.</p>'

const page = (head: string, article: string) =>
  `<!doctype html><html lang="en"><head>${head}</head><body><nav><a href="/">Town News</a></nav><article>${article}${body}</article></body></html>`

describe('title', () => {
  it('leaves out a date, or a source and a count, around a declared title in the heading', () => {
    const title = 'Library to open in the old station next spring'
    const html = (h1: string) => page(`<title>${title} | Town News</title>`, `<h1>${h1}</h1>`)
    expect(cleanArticle(html(`Dec 18 2025 ${title}`)).title).toBe(title)
    expect(
      cleanArticle(html(`${title} <a href="https://example.com/news">(example.com)</a> 87`)).title,
    ).toBe(title)
    expect(cleanArticle(html(`${title} 2025`)).title).toBe(`${title} 2025`)
  })

  it('leaves out a section label before a declared title in the heading', () => {
    const title = 'Library to open in the old station next spring'
    const html = (h1: string) => page(`<title>${title} | Town News</title>`, `<h1>${h1}</h1>`)
    expect(cleanArticle(html(`Blog: ${title}`)).title).toBe(title)
    // Words of the headline before the colon stay.
    expect(cleanArticle(html(`Town hall: ${title}`)).title).toBe(`Town hall: ${title}`)
  })

  it('leaves out a section number before the heading', () => {
    expect(
      cleanArticle(page('', '<h1>3.1 Git Branching - Branches in a Nutshell</h1>')).title,
    ).toBe('Git Branching - Branches in a Nutshell')
    expect(cleanArticle(page('', '<h1>15 - Tutorial: Sweep and Loft</h1>')).title).toBe(
      'Tutorial: Sweep and Loft',
    )
    expect(cleanArticle(page('', '<h1>8 Recent Trends in Photography</h1>')).title).toBe(
      '8 Recent Trends in Photography',
    )
  })

  it('takes an h1 that says only the name in the address for the site name', () => {
    const title = 'TownBoard or a wiki? Which to keep for the old station'
    const html = `<!doctype html><html lang="en"><head><title>${title}</title></head><body><div><h1>TownBoard</h1></div><div><h3>${title}</h3>${body}</div></body></html>`
    expect(
      cleanArticle(html, { url: 'https://forum.townboard.example/thread-12.html' }).title,
    ).toBe(title)
    // On another site the h1 names the page.
    expect(cleanArticle(html, { url: 'https://forum.example.org/thread-12.html' }).title).toBe(
      'TownBoard',
    )
  })

  it('takes the declared title over an h1 that prints a description', () => {
    const title = 'Ten Library Projects Worth Their Cost in 2025'
    const description =
      'Learn which library projects give the best value for money? Get tips from planners on how to judge what a new reading room, a children’s corner or longer opening hours return to the town. We will help you weigh every option before the council votes.'
    const head = `<title>${title} | Town News</title><meta property="og:type" content="article">`
    expect(cleanArticle(page(head, `<h1>${description}</h1>`)).title).toBe(title)
    // A long headline that is no description stays.
    const long =
      'Council votes to keep the old station, open a library in its hall, add a reading room, a café and a garden, and run a bus to it from every village in the district by spring'
    expect(cleanArticle(page(head, `<h1>${long}</h1>`)).title).toBe(long)
  })

  it('reads an animated heading by its copy for screen readers', () => {
    const h1 =
      '<h1><span aria-hidden="true"><span style="display:inline-block">The library</span><span style="display:inline-block">opens in spring</span></span><span class="visually-hidden">The library opens in spring</span></h1>'
    expect(cleanArticle(page('', h1)).title).toBe('The library opens in spring')
    // Screen-reader text beside a plain heading is still left out.
    const plain = '<h1>The library opens in spring<span class="sr-only"> (article)</span></h1>'
    expect(cleanArticle(page('', plain)).title).toBe('The library opens in spring')
  })

  it('keeps the no-break space a French heading puts before a colon', () => {
    const html = page('', '<h1>Screenshot&#160;: «Vape Wave»</h1>')
    expect(cleanArticle(html).title).toBe('Screenshot : «Vape Wave»')
  })

  it('takes an h1 whose whole text links home for the logo, not the headline', () => {
    const html =
      '<!doctype html><html lang="en"><head><title>Spring fair at the Fiction Club - Chapter 1 | Stories [Fiction Club]</title><meta property="og:type" content="article"></head><body>' +
      '<div id="header"><h1 class="heading"><a href="/"><span>Fiction Club</span> <sup>beta</sup></a></h1></div>' +
      `<div id="main"><h2 class="title">Spring fair at the Fiction Club</h2><p>${body}</p></div></body></html>`
    expect(cleanArticle(html).title).toBe('Spring fair at the Fiction Club')
  })

  it('reads a Dublin Core title, in its colon form too, over the <title> when nothing is shown', () => {
    const bare = (head: string) =>
      `<!doctype html><html lang="en"><head>${head}</head><body><p>${body}</p></body></html>`
    expect(
      cleanArticle(
        bare('<title>draft-12 - Storage</title><meta name="DC.title" content="Storage">'),
      ).title,
    ).toBe('Storage')
    expect(
      cleanArticle(
        bare('<title>Title Element</title><meta property="x:title dc:title" content="My title">'),
      ).title,
    ).toBe('My title')
  })

  it('drops the site part of a declared title', () => {
    expect(declaredHeadline('Library to open in spring | Town News', ['Town News'])).toBe(
      'Library to open in spring',
    )
    expect(declaredHeadline('Town News - Library to open in spring', ['Town News'])).toBe(
      'Library to open in spring',
    )
  })

  it('takes the heading that agrees with the declared title, not the site logo h1', () => {
    const html = page(
      '<title>Library to open in spring - Town News</title>',
      '<header><a href="/"><h1>Town News</h1></a></header><h2>Library to open in spring</h2>',
    )
    expect(cleanArticle(html).title).toBe('Library to open in spring')
  })

  it('leaves permalink marks and labels out of the heading', () => {
    const html = page(
      '<title>Opening hours - Docs</title>',
      '<h1><span class="label">Guide</span>Opening hours<a class="headerlink" href="#x">¶</a></h1>',
    )
    expect(cleanArticle(html).title).toBe('Opening hours')
  })

  it('keeps the visible headline when the declared title says something else', () => {
    const html = page('<title>Town News</title>', '<h1>Library to open in spring</h1>')
    expect(cleanArticle(html).title).toBe('Library to open in spring')
  })

  it('prefers the declared title over a slogan h1 that shares none of its words', () => {
    const html = page(
      '<title>Garden Weed Control Service | Green Co</title><meta property="og:site_name" content="Green Co">',
      '<h1>One garden. Zero worries.</h1>',
    )
    expect(cleanArticle(html).title).toBe('Garden Weed Control Service')
  })

  it('on a page that is no article, prefers the declared title over a loosely related h1', () => {
    const head = (type: string) =>
      `<title>Family Dental Care and Cleaning in Springfield</title><meta property="og:type" content="${type}">`
    const h1 = '<h1>Smile brighter with your local dental team</h1>'
    expect(cleanArticle(page(head('website'), h1)).title).toBe(
      'Family Dental Care and Cleaning in Springfield',
    )
    // An article keeps its visible headline.
    expect(cleanArticle(page(head('article'), h1)).title).toBe(
      'Smile brighter with your local dental team',
    )
  })

  it('keeps an h1 that is a short form of the declared title, or when the title is the site', () => {
    expect(isSlogan('Dental Care', 'Family Dental Care and Cleaning in Springfield', false)).toBe(
      false,
    )
    const html = page(
      '<title>Town Weekly Gazette</title>',
      '<h1>Library to open in spring</h1><p><a href="/">Town Weekly Gazette</a></p>',
    )
    expect(cleanArticle(html).title).toBe('Library to open in spring')
  })

  it('keeps an h1 that names the first part of the declared title, not only its longest part', () => {
    const head =
      '<title>Garden Tools &amp; Spades - Everything your weekend needs from Green Co</title>'
    const html = page(head, '<h1>Spades &amp; Garden Tools</h1>')
    expect(cleanArticle(html).title).toBe('Spades & Garden Tools')
    // An h1 sharing words with no part at all is still a slogan; with no part
    // known for the site's, the first part names the page.
    const slogan = page(head, '<h1>One garden. Zero worries.</h1>')
    expect(cleanArticle(slogan).title).toBe('Garden Tools & Spades')
  })

  it('ignores a declared title that lost its headline part ("| Site")', () => {
    const html = page('<title>| Town Weekly Gazette</title>', '<h1>Library to open in spring</h1>')
    expect(cleanArticle(html).title).toBe('Library to open in spring')
  })

  it('cuts a visible subtitle off where the declared title cuts it', () => {
    const html = page(
      '<title>Library to open in spring | Town News</title>',
      '<h1>Library to open in spring | Plans and costs</h1>',
    )
    expect(cleanArticle(html).title).toBe('Library to open in spring')
    // A declared title holding the whole heading keeps it whole.
    const whole = page(
      '<title>Library to open in spring | Plans and costs</title>',
      '<h1>Library to open in spring | Plans and costs</h1>',
    )
    expect(cleanArticle(whole).title).toBe('Library to open in spring | Plans and costs')
  })

  it('keeps words on both sides of a line break apart', () => {
    const html = page('<title>x</title>', '<h1>Library<br>to open</h1>')
    expect(cleanArticle(html).title).toBe('Library to open')
  })
})

describe('fields from the page text', () => {
  it('reads a "By" line and a dateline under the headline', () => {
    const html = page(
      '<meta property="og:type" content="article">',
      '<h1>Library to open in spring</h1><div class="meta"><span>By Jane Doe</span> <span>March 3, 2025</span></div>',
    )
    const article = cleanArticle(html)
    expect(article.byline).toBe('Jane Doe')
    expect(article.published).toBe('2025-03-03')
    expect(article.text).not.toContain('Library to open in spring')
  })

  it('dates a page that shows only "Updated" by that date', () => {
    const html = page(
      '',
      '<h1>Library to open in spring</h1><p class="date">Last updated: 5 May 2025</p>',
    )
    const article = cleanArticle(html)
    expect(article.published).toBe('2025-05-05')
    expect(article.modified).toBe('2025-05-05')
  })

  it('takes no date from a member line or a copyright', () => {
    const html = page(
      '',
      '<h1>Library to open in spring</h1><p>Registered: 2016-07-02</p><p>© 2025 Town News</p>',
    )
    expect(cleanArticle(html).published).toBeNull()
  })

  it('dates by the address when nothing else does', () => {
    const html = page('', '<h1>Library to open in spring</h1>')
    expect(cleanArticle(html, { url: 'https://example.com/2024/06/02/library/' }).published).toBe(
      '2024-06-02',
    )
  })

  it('reads citation and published-date meta tags', () => {
    const citation = page(
      '<meta name="citation_publication_date" content="2023 Jan 7">',
      '<h1>Library to open in spring</h1>',
    )
    expect(cleanArticle(citation).published).toBe('2023-01-07')
    const plain = page(
      '<meta property="og:type" content="article"><meta name="published-date" content="2021-02-16">',
      '<h1>Library to open in spring</h1>',
    )
    expect(cleanArticle(plain).published).toBe('2021-02-16')
  })

  it('never publishes after the page was modified', () => {
    const html = page(
      '<meta property="article:published_time" content="2025-06-01T10:00:00Z"><meta property="article:modified_time" content="2025-05-01T10:00:00Z">',
      '<h1>Library to open in spring</h1>',
    )
    expect(cleanArticle(html).published?.slice(0, 10)).toBe('2025-05-01')
  })

  it('gives no byline or date from a product page', () => {
    const ld = { '@type': 'Product', name: 'Reading lamp', datePublished: '2020-01-01' }
    const html = page(
      `<meta property="og:type" content="product"><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      '<h1>Reading lamp</h1><div class="author">Tom K.</div>',
    )
    const article = cleanArticle(html)
    expect(article.byline).toBeNull()
    expect(article.published).toBeNull()
  })

  it('collects tags from article:tag and JSON-LD keywords', () => {
    const ld = {
      '@type': 'Article',
      headline: 'Library to open in spring',
      keywords: 'library, council',
    }
    const html = page(
      `<meta property="article:tag" content="town"><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      '<h1>Library to open in spring</h1>',
    )
    expect(cleanArticle(html).tags).toEqual(['town', 'library', 'council'])
  })

  it('reads microdata only from one article scope', () => {
    const item = (name: string, author: string) =>
      `<div itemscope itemtype="https://schema.org/BlogPosting"><h3 itemprop="headline">${name}</h3><meta itemprop="author" content="${author}"></div>`
    const listing = page(
      '<title>Posts</title>',
      `<h1>Posts</h1>${item('First post', 'Ann Lee')}${item('Second post', 'Bo Chen')}`,
    )
    expect(cleanArticle(listing).byline).toBeNull()
    const single = page(
      '<title>Posts</title>',
      `<h1>First post</h1>${item('First post', 'Ann Lee')}`,
    )
    expect(cleanArticle(single).byline).toBe('Ann Lee')
  })
})

describe('a heading for screen readers only', () => {
  it('is no headline, whichever screen-reader class hides it', () => {
    // A home page titled by the site's name, with a hidden "Posts" h1 over its feed.
    for (const hidden of ['sr-only', 'screen-reader-only', 'element-invisible']) {
      const html = page('<title>Town News</title>', `<h1 class="${hidden}">Posts</h1>`)
      expect(cleanArticle(html).title).toBe('Town News')
    }
  })
})
