/**
 * Trees in: the rehype plugin (`clean-article/rehype`) and DOM input
 * (a `Document` or an `Element`, made here with linkedom and jsdom).
 */
import { JSDOM } from 'jsdom'
import { parseHTML } from 'linkedom'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import rehypeCleanArticle from '../src/rehype.js'

const P1 =
  'The harbour bridge reopened on Monday morning after eighteen months of repairs, and the first buses crossed it shortly after six o’clock while a small crowd watched from the quay.'
const P2 =
  'City officials said the work had cost less than expected, and that the old toll booths would be turned into a small museum about the history of the crossing and its builders.'

const PAGE = `<!doctype html><html lang="en"><head><title>Bridge reopens</title>
<meta name="author" content="Ana Ruiz"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour bridge reopens after repairs</h1>
<p>${P1} See <a href="/map">the map</a>.</p>
<h2>What changed</h2>
<p>${P2}</p>
<p>Sign up for our newsletter to get the latest news delivered to your inbox every morning.</p>
<p onclick="alert(1)">The last paragraph has a handler on it and <img src="x" onerror="alert(1)"> an image, with enough words to be kept.</p>
</article><footer>© 2024 Example News. All rights reserved.</footer></body></html>`

const URL_ = 'https://news.example/bridge'

describe('rehype plugin', () => {
  it('replaces the tree with the sanitized article and sets file.data.article', async () => {
    const file = await unified()
      .use(rehypeParse)
      .use(rehypeCleanArticle, { url: URL_ })
      .use(rehypeStringify)
      .process(PAGE)
    const html = String(file)
    const direct = cleanArticle(PAGE, { url: URL_ })
    expect(html).toBe(direct.html)
    expect(html).toContain('<h2>What changed</h2>')
    expect(html).toContain('<a href="https://news.example/map">the map</a>')
    expect(html).not.toMatch(/onclick|onerror|newsletter|Home|rights reserved/)
    const article = file.data.article
    expect(article?.title).toBe(direct.title)
    expect(article?.title).toContain('bridge reopens')
    expect(article?.text).toBe(direct.text)
    expect(article?.byline).toBe('Ana Ruiz')
    expect(article?.removed.map((r) => r.rule)).toContain('newsletter-box')
  })

  it('does not change the tree it is given', () => {
    const tree = unified().use(rehypeParse).parse(PAGE)
    const before = JSON.stringify(tree)
    const transform = rehypeCleanArticle.call(unified() as never, {}) as unknown as (
      tree: unknown,
      file: { data: Record<string, unknown> },
    ) => unknown
    const out = transform(tree, { data: {} })
    expect(JSON.stringify(tree)).toBe(before)
    expect(out).not.toBe(tree)
  })
})

describe('DOM input', () => {
  it('takes a linkedom Document', () => {
    const { document } = parseHTML(PAGE)
    const article = cleanArticle(document as unknown as Document, { url: URL_ })
    const direct = cleanArticle(PAGE, { url: URL_ })
    expect(article.text).toBe(direct.text)
    expect(article.title).toBe(direct.title)
    expect(article.html).toBe(direct.html)
  })

  it('takes a jsdom Document and an Element', () => {
    const { document } = new JSDOM(PAGE).window
    const fromDocument = cleanArticle(document, { url: URL_ })
    expect(fromDocument.text).toBe(cleanArticle(PAGE, { url: URL_ }).text)
    const element = document.querySelector('article')
    expect(element).not.toBeNull()
    const fromElement = cleanArticle(element as Element)
    expect(fromElement.text).toContain(P1)
    expect(fromElement.text).toContain(P2)
    expect(fromElement.text).not.toContain('Home')
    expect(fromElement.html).toContain('<h2>What changed</h2>')
  })

  it('leaves the DOM as it was', () => {
    const { document } = new JSDOM(PAGE).window
    const before = document.documentElement.outerHTML
    cleanArticle(document)
    expect(document.documentElement.outerHTML).toBe(before)
  })

  it('refuses other objects with a TypeError naming DOM nodes', () => {
    expect(() => cleanArticle({ nodeType: 3, nodeName: '#text' } as unknown as Element)).toThrow(
      /DOM Document or Element, got a DOM node of type 3/,
    )
    expect(() => cleanArticle({} as unknown as Element)).toThrow(TypeError)
  })
})

describe('rehype plugin on a fragment', () => {
  it('cleans a tree parsed with fragment: true', async () => {
    const body = PAGE.slice(PAGE.indexOf('<nav>'), PAGE.indexOf('</body>'))
    const file = await unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeCleanArticle)
      .use(rehypeStringify)
      .process(body)
    expect(String(file)).toContain(`<p>${P2}</p>`)
    expect(String(file)).not.toContain('newsletter')
    expect(file.data.article?.text).toContain(P1)
  })
})

describe('DOM input nested deeper than the converter can recurse', () => {
  it('is read from its markup', () => {
    const depth = 20000
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${P1}</p>${'</div>'.repeat(depth)}<p>${P2}</p></body></html>`
    const { document } = parseHTML(html)
    const article = cleanArticle(document as unknown as Document)
    expect(article.text).toContain(P2)
  })
})
