/**
 * The metadata walks' shortcuts: the word test before an element's hints
 * are built, and the page lines' frames and datetimes.
 */
import fc from 'fast-check'
import type { Element, ElementContent, Root } from 'hast'
import { describe, expect, it } from 'vitest'
import { hasHint, mayHint } from '../src/html/hast.js'
import { parseHtml } from '../src/html/parse.js'
import { copyTree } from '../src/html/tree.js'
import { HINT_WORDS, wordedOf } from '../src/html/worded.js'
import { collect, pageLines, walkPage } from '../src/meta/page-walk.js'

const el = (properties: Record<string, string | string[]>): Element => ({
  type: 'element',
  tagName: 'div',
  properties: properties as Element['properties'],
  children: [],
})

describe('mayHint', () => {
  it('finds the word in any of class, id, role and itemprop, in any case', () => {
    expect(mayHint(el({ className: ['post', 'Entry-AUTHOR'] }), /author/i)).toBe(true)
    expect(mayHint(el({ id: 'byline' }), /byline/i)).toBe(true)
    expect(mayHint(el({ role: 'writer' }), /writer/i)).toBe(true)
    expect(mayHint(el({ itemProp: 'author' }), /author/i)).toBe(true)
    expect(mayHint(el({ className: ['post'], title: 'author' }), /author/i)).toBe(false)
    expect(mayHint(el({}), /author/i)).toBe(false)
  })

  it('is false only when no hint of the element holds the word', () => {
    const words = new Set(['author', 'post-author', 'byline'])
    const token = fc.stringMatching(/^[a-zA-Z_-]{0,12}$/)
    const tokens = fc.array(
      fc.oneof(token, fc.constantFrom('Author', 'post-author', 'by_line', 'BYLINE', 'authors')),
      { maxLength: 5 },
    )
    fc.assert(
      fc.property(tokens, fc.option(token, { nil: undefined }), (className, id) => {
        const node = el(id === undefined ? { className } : { className, id })
        if (hasHint(node, words)) expect(mayHint(node, /author|byline/i)).toBe(true)
      }),
    )
  })
})

describe('the conversion’s worded elements', () => {
  /** Every element of a tree, in document order. */
  const elements = (root: Root): Element[] => {
    const out: Element[] = []
    const stack = [...root.children].reverse()
    while (stack.length > 0) {
      const node = stack.pop()
      if (node?.type !== 'element') continue
      out.push(node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Element)
    }
    return out
  }
  // Attribute values with and without hint words, in any case; class repeated, SVG and prefixed names.
  const value = fc.constantFrom('', 'x', 'Post-AUTHOR', 'by line', 'ENTRY-title', ' a  b ', 'nAme')
  const attribute = fc.tuple(
    fc.constantFrom('class', 'id', 'role', 'itemprop', 'title', 'name', 'data-author', 'CLASS'),
    value,
  )
  const tag = fc.constantFrom('div', 'span', 'h1', 'h2', 'a', 'svg', 'p', 'time')
  const element = fc
    .tuple(tag, fc.array(attribute, { maxLength: 4 }))
    .map(([name, attrs]) => `<${name}${attrs.map(([k, v]) => ` ${k}="${v}"`).join('')}>`)
  const page = fc
    .array(fc.oneof(element, fc.constant('text'), fc.constant('<xlink:a class="author">')), {
      maxLength: 12,
    })
    .map((parts) => `<body>${parts.join('')}</body>`)

  it('holds every element whose class, id, role or itemprop holds a hint word', () => {
    fc.assert(
      fc.property(page, (html) => {
        const root = parseHtml(html)
        const worded = wordedOf(root)
        expect(worded).toBeDefined()
        for (const node of elements(root))
          if (mayHint(node, HINT_WORDS)) expect(worded?.has(node)).toBe(true)
      }),
    )
  })

  it('reads the same sources as a walk that tests each element (a copied tree)', () => {
    fc.assert(
      fc.property(page, (html) => {
        const root = parseHtml(html)
        const copy = copyTree(root)
        expect(wordedOf(copy)).toBeUndefined()
        const sources = (r: Root) => {
          const c = collect(r)
          return [c.headings.map((h) => [h.text, h.rank]), c.bylineElement]
        }
        expect(sources(root)).toEqual(sources(copy))
      }),
    )
  })
})

describe('pageLines', () => {
  it('gives a block inside an inline element the inline element’s tokens', () => {
    const root = parseHtml(
      '<body><div class="outer"><span class="byline-box"><div>By Ann Lee</div></span><span>x</span></div></body>',
    )
    const line = pageLines(root).find((l) => l.text === 'By Ann Lee')
    expect(line?.hints).toEqual(['byline-box', 'outer'])
  })

  it('gives a block inside a plain inline element its own and its block’s tokens', () => {
    const root = parseHtml('<body><div class="outer"><b><p id="lede">Text</p></b></div></body>')
    expect(pageLines(root)[0]?.hints).toEqual(['lede', 'outer'])
  })

  it('drops the datetimes of a time element that ends no line', () => {
    const root = parseHtml(
      '<body><div><time datetime="2020-01-02"></time></div><p>Later text</p><p><time datetime="2021-03-04">4 March</time></p></body>',
    )
    const lines = pageLines(root)
    expect(lines.map((l) => [l.text, l.datetimes])).toEqual([
      ['Later text', []],
      ['4 March', ['2021-03-04']],
    ])
  })

  it('skips hidden elements but not styled ones', () => {
    const root = parseHtml(
      '<body><p style="display: none">Gone</p><p style="color:red">Shown</p><p aria-hidden="true">Gone too</p><p hidden>Hidden</p></body>',
    )
    expect(pageLines(root).map((l) => l.text)).toEqual(['Shown'])
  })

  it('reads an empty text node as nothing, not as whitespace', () => {
    const children: ElementContent[] = ['\u200b', '', '\u180e', '', 'a'].map((value) => ({
      type: 'text',
      value,
    }))
    const root: Root = {
      type: 'root',
      children: [{ type: 'element', tagName: 'p', properties: {}, children }],
    }
    expect(pageLines(root).map((l) => l.text)).toEqual(['\u200b\u180ea'])
  })

  it('collapses a line’s whitespace as one regex over its whole text would', () => {
    // Every `\s` character, and some that are not (NEL, zero width space, Mongolian vowel separator).
    const chars = fc.constantFrom(
      ...' \t\n\v\f\r\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0085\u200b\u180eab.'.split(
        '',
      ),
    )
    const text = fc.array(chars, { maxLength: 8 }).map((c) => c.join(''))
    // A text node, or a word-splitting (b) or word-breaking (span) inline element holding one.
    const part = fc.tuple(fc.constantFrom('', 'b', 'span'), text)
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const children: ElementContent[] = parts.map(([tag, value]) =>
          tag === ''
            ? { type: 'text', value }
            : {
                type: 'element',
                tagName: tag,
                properties: {},
                children: [{ type: 'text', value }],
              },
        )
        const root: Root = {
          type: 'root',
          children: [{ type: 'element', tagName: 'p', properties: {}, children }],
        }
        const raw = parts.map(([tag, value]) => (tag === 'span' ? ` ${value}` : value)).join('')
        const want = raw.replace(/\s+/g, ' ').trim()
        expect(pageLines(root).map((l) => l.text)).toEqual(want === '' ? [] : [want])
      }),
    )
  })
})

describe('walkPage', () => {
  /** What a test compares: the sources' fields and the lines' texts, hints and flags. */
  const seen = (read: ReturnType<typeof walkPage>) => ({
    headings: read.collected.headings.map((h) => [h.text, h.rank, h.inMain, h.siteLike]),
    meta: [...read.collected.meta],
    title: read.collected.titleTag,
    byline: read.collected.bylineElement,
    pubTime: read.collected.pubTime,
    lines: read.lines.map((l) => [l.text, l.hints, l.heading, l.datetimes, l.inMain]),
  })

  it('reads in one walk what the sources and the lines read each in its own', () => {
    // Each reader skips subtrees the other reads: headings' and <head>'s insides
    // (sources), hidden, skipped and image-only elements (lines).
    const pages = [
      '<html lang="en"><head><title>T</title><meta property="og:title" content="Og"></head><body><main><h1 class="entry-title">Big <b>news</b></h1><p class="byline">By Ann Lee</p><time class="published" datetime="2024-05-01">1 May</time></main></body></html>',
      '<body><div hidden><h2 class="post-title">Hidden head</h2><span class="author">Bo</span></div><svg><title>x</title></svg><p>Shown <img src=a> text</p><select><option>o</option></select><article><h2>Two</h2><div aria-hidden="true">A<br>B</div></article></body>',
      '<body><span class="byline-box"><div>By Cy</div></span><script type="application/ld+json">{"@type":"NewsArticle"}</script><h1>One</h1>tail</body>',
    ]
    for (const html of pages) {
      const root = parseHtml(html)
      const apart = { collected: collect(root), lines: pageLines(root) }
      expect(seen(walkPage(root, { sources: true, lines: true }))).toEqual(seen(apart))
    }
  })

  it('stops reading lines, not sources, past the line limit', () => {
    const root = parseHtml(`<body>${'<p>x</p>'.repeat(6100)}<h1 class="headline">Late</h1></body>`)
    const read = walkPage(root, { sources: true, lines: true })
    expect(read.lines).toHaveLength(6000)
    expect(read.collected.headings.map((h) => h.text)).toEqual(['Late'])
  })
})
