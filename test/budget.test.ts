import type { Root } from 'hast'
import { describe, expect, it } from 'vitest'
import { cutChars, cutLines, limitNodes } from '../src/budget.js'
import { cleanArticle } from '../src/index.js'

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the long report on river levels, with enough words in it to be read as part of the article body by the cleaner.</p>`
const page = (count: number, tail = '') =>
  `<html><body><article><h1>River levels this spring</h1>${Array.from({ length: count }, (_, i) => paragraph(i)).join('\n')}${tail}</article></body></html>`

describe('budget: maxChars and maxNodes', () => {
  it('is not truncated without a budget, or when the page fits', () => {
    expect(cleanArticle(page(5)).truncated).toBe(false)
    expect(cleanArticle(page(5), { maxChars: 1_000_000, maxNodes: 1_000_000 }).truncated).toBe(
      false,
    )
  })

  it('maxChars: cleans the start of the page and says truncated', () => {
    const html = page(
      400,
      '<p>The closing paragraph that lies far past the budget of characters.</p>',
    )
    const article = cleanArticle(html, { maxChars: 5_000 })
    expect(article.truncated).toBe(true)
    expect(article.title).toBe('River levels this spring')
    expect(article.text).toContain('Paragraph 3 of the long report')
    expect(article.text).not.toContain('closing paragraph')
    expect(cleanArticle(html).text).toContain('closing paragraph')
  })

  it('maxNodes: cleans the first nodes of the tree and says truncated', () => {
    const html = page(400, '<p>The closing paragraph that lies far past the budget of nodes.</p>')
    const article = cleanArticle(html, { maxNodes: 60 })
    expect(article.truncated).toBe(true)
    expect(article.text).toContain('Paragraph 3 of the long report')
    expect(article.text).not.toContain('Paragraph 100 ')
  })

  it('maxNodes counts lines in plain text', () => {
    const text = [
      'River levels this spring',
      '',
      ...Array.from(
        { length: 300 },
        (_, i) => `Line ${i} of the report on the river, a full sentence with words.`,
      ),
    ].join('\n')
    const article = cleanArticle(text, { format: 'text', maxNodes: 50 })
    expect(article.truncated).toBe(true)
    expect(article.text).toContain('Line 10 of the report')
    expect(article.text).not.toContain('Line 60 of the report')
  })

  it('rejects a budget that is not a non-negative integer, with a clear error', () => {
    expect(() => cleanArticle(page(2), { maxChars: -1 })).toThrow(
      /maxChars must be a non-negative integer/,
    )
    expect(() => cleanArticle(page(2), { maxNodes: 1.5 })).toThrow(RangeError)
    expect(() => cleanArticle(page(2), { maxChars: Number.NaN })).toThrow(RangeError)
  })

  it('a zero budget gives an empty, truncated article rather than an error', () => {
    const article = cleanArticle(page(3), { maxChars: 0 })
    expect(article.truncated).toBe(true)
    expect(article.text).toBe('')
  })
})

describe('cuts', () => {
  it('cutChars never splits a tag, a line or a surrogate pair', () => {
    expect(cutChars('<p>one</p><p class="x">two</p>', 15, true)).toBe('<p>one</p>')
    expect(cutChars('first line\nsecond line', 15, false)).toBe('first line\n')
    expect(cutChars('ab😀cd', 3, false)).toBe('ab')
  })

  it('cutLines keeps whole lines', () => {
    expect(cutLines('a\nb\nc\n', 2)).toBe('a\nb\n')
    expect(cutLines('a\nb', 5)).toBe('a\nb')
  })

  it('limitNodes keeps the open ancestors and cuts what follows', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'div',
          properties: {},
          children: [
            { type: 'text', value: 'a' },
            {
              type: 'element',
              tagName: 'b',
              properties: {},
              children: [{ type: 'text', value: 'b' }],
            },
            { type: 'text', value: 'c' },
          ],
        },
        { type: 'text', value: 'd' },
      ],
    }
    expect(limitNodes(tree, 4)).toBe(true)
    // div, "a", b, "b" kept; "c" and "d" cut.
    expect(JSON.stringify(tree)).not.toMatch(/"value":"[cd]"/)
    expect(JSON.stringify(tree)).toMatch(/"value":"b"/)
    expect(limitNodes(tree, 100)).toBe(false)
  })
})
