/**
 * The `html` and `markdown` outputs: the article's structure as the page
 * had it, kept blocks only, URLs made absolute; and the text path.
 */
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const P1 =
  'The city council voted on Tuesday night to approve a new budget for the coming year, ending weeks of debate over funding for parks, roads and public safety in the town.'
const P2 =
  'Supporters said the plan would repair aging bridges and hire more teachers, while critics argued that the tax increase would fall hardest on families who were already struggling.'
const P3 =
  'The mayor is expected to sign the budget next week, and the first projects could begin in the spring if the weather allows the road crews to start their work on time.'

const PAGE = `<!doctype html><html><head><title>Council passes budget</title>
<link rel="canonical" href="https://news.example/city/budget"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li></ul></nav>
<article><h1>Council passes budget after long debate</h1>
<figure><img src="/img/council.jpg" alt="The council chamber"><figcaption>The council chamber on Tuesday. (Photo: Jane Doe/Reuters)</figcaption></figure>
<p>${P1} Read the <a href="docs/plan.pdf">full plan</a> or <em>the summary</em>.</p>
<h2>What the money pays for</h2>
<p>${P2}</p>
<ul><li>Bridge repairs on Main Street</li><li>Twelve new <strong>teachers</strong></li><li>A new park by the river</li></ul>
<h3>The numbers</h3>
<table><thead><tr><th>Item</th><th>Cost</th></tr></thead><tbody><tr><td>Bridges</td><td>4 million</td></tr><tr><td>Schools</td><td>2 million</td></tr></tbody></table>
<blockquote><p>This budget keeps our promises to the people of this town, every one of them.</p></blockquote>
<pre><code>total = bridges + schools + parks</code></pre>
<p>${P3}</p>
<p>Sign up for our newsletter to get the latest news delivered to your inbox every morning.</p>
<p>Share on Facebook</p>
<div class="related"><h3>Related stories</h3><ul><li><a href="/a">Story one about the town</a></li><li><a href="/b">Story two about parks</a></li></ul></div>
<p><img src="https://cdn.example/chart.png" srcset="chart-2x.png 2x, /chart-3x.png 3x" alt="Chart"></p>
<p>Text after the chart, written to keep the chart in the article, with words about the budget vote and the town.</p>
</article>
<footer><p>© 2024 News Example. All rights reserved.</p></footer></body></html>`

describe('html output', () => {
  const article = cleanArticle(PAGE, { url: 'https://news.example/city/budget?ref=home' })

  it('keeps the structure of the page', () => {
    expect(article.html).toContain('<h2>What the money pays for</h2>')
    expect(article.html).toContain('<h3>The numbers</h3>')
    expect(article.html).toMatch(
      /<ul><li>Bridge repairs on Main Street<\/li><li>Twelve new <strong>teachers<\/strong><\/li>/,
    )
    expect(article.html).toMatch(
      /<table><thead><tr><th>Item<\/th><th>Cost<\/th><\/tr><\/thead><tbody>/,
    )
    expect(article.html).toContain('<blockquote><p>This budget keeps our promises')
    expect(article.html).toContain('<pre><code>total = bridges + schools + parks</code></pre>')
    expect(article.html).toContain('<em>the summary</em>')
    expect(article.html.match(/<p>/g)?.length).toBeGreaterThanOrEqual(4)
  })

  it('leaves the title out, and keeps the lead image whose caption went to captions', () => {
    expect(article.html).not.toContain('Council passes budget after long debate')
    expect(article.captions.map((c) => c.text)).toEqual(['The council chamber on Tuesday.'])
    expect(article.html).toContain(
      '<img src="https://news.example/img/council.jpg" alt="The council chamber">',
    )
    expect(article.html).not.toContain('Jane Doe')
  })

  it('makes relative URLs absolute against options.url', () => {
    expect(article.html).toContain(
      '<a href="https://news.example/city/docs/plan.pdf">full plan</a>',
    )
    expect(article.html).toContain(
      'srcset="https://news.example/city/chart-2x.png 2x, https://news.example/chart-3x.png 3x"',
    )
  })

  it('uses the canonical address when no url is given', () => {
    const plain = cleanArticle(PAGE)
    expect(plain.html).toContain('href="https://news.example/city/docs/plan.pdf"')
  })

  it('leaves URLs relative when no address is known', () => {
    const html = PAGE.replace(/<link rel="canonical"[^>]*>/, '')
    expect(cleanArticle(html).html).toContain('<a href="docs/plan.pdf">')
  })

  it('holds no text of a dropped block', () => {
    expect(article.removed.length).toBeGreaterThan(0)
    for (const removal of article.removed) expect(article.html).not.toContain(removal.text)
    expect(article.removed.map((r) => r.rule)).toEqual(
      expect.arrayContaining(['newsletter-box', 'share-widget', 'related-links']),
    )
    for (const dropped of [
      'newsletter',
      'Share on',
      'Related stories',
      'Story one',
      'Home',
      'All rights',
    ])
      expect(article.html).not.toContain(dropped)
  })

  it('holds every kept block', () => {
    const words = (s: string) =>
      s
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .join(' ')
    const html = words(article.html.replace(/<[^>]+>/g, ' '))
    for (const block of article.blocks) expect(html).toContain(words(block.text))
  })

  it('writes a link whose URL was unsafe as its text', () => {
    const page = PAGE.replace(
      '<em>the summary</em>',
      '<a href="javascript:alert(1)">the summary</a>',
    )
    const out = cleanArticle(page)
    expect(out.html).toContain(' or the summary.</p>')
    expect(out.markdown).toContain(' or the summary.')
  })

  it('exposes list items on list blocks', () => {
    const list = article.blocks.find((b) => b.type === 'list')
    expect(list?.items).toEqual([
      'Bridge repairs on Main Street',
      'Twelve new teachers',
      'A new park by the river',
    ])
    expect(article.blocks.find((b) => b.type === 'paragraph')).not.toHaveProperty('items')
  })

  it('promotes lazy images and drops tracking pixels', () => {
    const lazy = PAGE.replace(
      '<pre>',
      '<p>Before the lazy image there is a sentence about the budget that is long enough to keep. <img src="data:image/gif;base64,R0lGOD" data-src="/img/lazy.jpg" alt="lazy"><img src="/pixel.gif" width="1" height="1"></p><pre>',
    )
    const html = cleanArticle(lazy, { url: 'https://news.example/a' }).html
    expect(html).toMatch(/<img [^>]*src="https:\/\/news.example\/img\/lazy.jpg"/)
    expect(html).not.toContain('data:image/gif')
    expect(html).not.toContain('pixel.gif')
  })
})

describe('markdown output', () => {
  const article = cleanArticle(PAGE, { url: 'https://news.example/city/budget' })
  const md = article.markdown

  it('starts with the title', () => {
    expect(md.startsWith('# Council passes budget')).toBe(true)
  })

  it('writes headings, lists, tables, quotes, code, links and images', () => {
    expect(md).toContain('\n## What the money pays for\n')
    expect(md).toContain('\n### The numbers\n')
    expect(md).toContain('- Bridge repairs on Main Street\n- Twelve new **teachers**')
    expect(md).toMatch(/\| Item +\| Cost +\|\n\| -+ \| -+ \|\n\| Bridges +\| 4 million \|/)
    expect(md).toContain('> This budget keeps our promises')
    expect(md).toContain('```\ntotal = bridges + schools + parks\n```')
    expect(md).toContain('[full plan](https://news.example/city/docs/plan.pdf)')
    expect(md).toContain('![The council chamber](https://news.example/img/council.jpg)')
  })

  it('is enumerable and cached, and in JSON', () => {
    expect(Object.keys(article)).toContain('markdown')
    // `html` too is written on first read: a getter, cached, listed in its place.
    const fresh = cleanArticle(PAGE, { url: 'https://news.example/city/budget' })
    expect(typeof Object.getOwnPropertyDescriptor(fresh, 'html')?.get).toBe('function')
    expect(Object.keys(fresh).slice(-3)).toEqual(['removed', 'html', 'markdown'])
    const html = fresh.html
    expect(fresh.html).toBe(html)
    expect(html).toBe(article.html)
    expect({ ...fresh }.markdown).toBe(md)
    expect(article.markdown).toBe(md)
    const json = JSON.parse(JSON.stringify(article)) as { markdown: string; html: string }
    expect(json.markdown).toBe(md)
    expect(json.html).toBe(article.html)
  })
})

describe('text input', () => {
  const TEXT = `Council passes budget after long debate

${P1}

Budget details

- Bridge repairs on Main Street
- Twelve new teachers & <b>staff</b>

${P2}

${P3}
`

  it('writes paragraphs, lists and escapes text', () => {
    const article = cleanArticle(TEXT, { format: 'text' })
    expect(article.html).toContain(`<p>${P1}</p>`)
    expect(article.html).toContain(
      '<ul><li>Bridge repairs on Main Street</li><li>Twelve new teachers &#x26; &#x3C;b>staff&#x3C;/b></li></ul>',
    )
    expect(article.html).not.toContain('<b>')
    expect(article.html).not.toContain('Council passes budget')
    expect(article.markdown.startsWith('# Council passes budget after long debate\n')).toBe(true)
    expect(article.markdown).toContain('- Bridge repairs on Main Street')
    // Laid out in paragraphs and free of boilerplate, the text is read one
    // block per paragraph: the bulleted paragraph is one list.
    const list = article.blocks.find((b) => b.type === 'list')
    expect(list?.items).toEqual([
      'Bridge repairs on Main Street',
      'Twelve new teachers & <b>staff</b>',
    ])
  })

  it('reads a bulleted line of a page as a list item of its own', () => {
    // One line per block, as a scraper writes a page: each bullet is a block.
    const article = cleanArticle(TEXT.replace(/\n\n/g, '\n'), { format: 'text' })
    expect(article.html).toContain('<li>Bridge repairs on Main Street</li>')
    const list = article.blocks.find((b) => b.type === 'list')
    expect(list?.items).toEqual(['Bridge repairs on Main Street'])
  })
})
