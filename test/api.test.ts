import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import {
  type CleanArticle,
  type CleanOptions,
  cleanArticle,
  defineRule,
  type Rule,
  recommended,
} from '../src/index.js'
import * as testing from '../src/testing.js'
import { fixtureInputs, HTML_ARTICLE, P1, P2, P3, SEED, TEXT_ARTICLE } from './api-pages.js'
import { FIELDS, wordsIn } from './helpers.js'

/** Fields that are `string | null`. */
const NULLABLE = [
  'title',
  'byline',
  'published',
  'siteName',
  'lang',
  'url',
  'excerpt',
  'image',
  'section',
  'authorBio',
] as const satisfies readonly (keyof CleanArticle)[]

function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

function arrayBufferOf(text: string): ArrayBuffer {
  const bytes = bytesOf(text)
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
}

function expectComplete(article: CleanArticle): void {
  for (const field of FIELDS) {
    expect(Object.hasOwn(article, field), `has own field ${field}`).toBe(true)
    expect(article).toHaveProperty(field)
    expect(article[field], `${field} is not undefined`).not.toBeUndefined()
  }
  for (const field of NULLABLE) {
    const value = article[field]
    expect(value === null || typeof value === 'string', `${field} is a string or null`).toBe(true)
  }
  expect(['html', 'text']).toContain(article.format)
  expect(Array.isArray(article.blocks)).toBe(true)
  expect(typeof article.text).toBe('string')
  expect(Number.isInteger(article.wordCount)).toBe(true)
  expect(Array.isArray(article.captions)).toBe(true)
  expect(Array.isArray(article.removed)).toBe(true)
}

describe('exports', () => {
  it('exports exactly cleanArticle, defineRule and recommended at runtime', () => {
    expect(Object.keys(api).sort()).toEqual(['cleanArticle', 'defineRule', 'recommended'])
  })

  it('exports functions and a rule list', () => {
    expect(typeof api.cleanArticle).toBe('function')
    expect(typeof api.defineRule).toBe('function')
    expect(Array.isArray(api.recommended)).toBe(true)
  })

  it('exports exactly testRule from clean-article/testing', () => {
    expect(Object.keys(testing)).toEqual(['testRule'])
    expect(typeof testing.testRule).toBe('function')
  })
})

describe('cleanArticle: input types', () => {
  it.each(fixtureInputs)(
    'gives the same article for a string, a Uint8Array and an ArrayBuffer: $name',
    ({ input }) => {
      const fromString = cleanArticle(input)
      expect(cleanArticle(bytesOf(input))).toEqual(fromString)
      expect(cleanArticle(arrayBufferOf(input))).toEqual(fromString)
    },
  )

  it('accepts a Node Buffer (a Uint8Array) and a sliced view', () => {
    const fromString = cleanArticle(TEXT_ARTICLE)
    expect(cleanArticle(Buffer.from(TEXT_ARTICLE, 'utf8'))).toEqual(fromString)
    const padded = bytesOf(`xxxx${TEXT_ARTICLE}yyyy`)
    expect(cleanArticle(padded.subarray(4, padded.length - 4))).toEqual(fromString)
  })

  const invalid: [string, unknown][] = [
    ['a number', 42],
    ['NaN', Number.NaN],
    ['null', null],
    ['undefined', undefined],
    ['an object', { html: '<p>hi</p>' }],
    ['an array', ['<p>hi</p>']],
    ['an array of bytes', [60, 112, 62]],
    [
      'a Blob-like object',
      {
        size: 9,
        type: 'text/html',
        text: async () => '<p>hi</p>',
        arrayBuffer: async () => new ArrayBuffer(9),
      },
    ],
    ['a Blob', new Blob(['<p>hi</p>'], { type: 'text/html' })],
    ['a boolean', true],
    ['false', false],
    ['a bigint', 10n],
    ['a symbol', Symbol('page')],
    ['a function', () => '<p>hi</p>'],
  ]

  it.each(invalid)('throws a TypeError naming the accepted types for %s', (_, value) => {
    let error: unknown
    try {
      cleanArticle(value as string)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(TypeError)
    const message = (error as TypeError).message
    expect(message).toContain('string')
    expect(message).toContain('Uint8Array')
    expect(message).toContain('ArrayBuffer')
  })
})

describe('cleanArticle: the result shape', () => {
  const inputs: [string, string | Uint8Array, CleanOptions?][] = [
    ['an empty string', ''],
    ['empty bytes', new Uint8Array(0)],
    ['a text article', TEXT_ARTICLE],
    ['an HTML article', HTML_ARTICLE],
    ['an HTML article with a url', HTML_ARTICLE, { url: 'https://example.com/budget' }],
    ['a bare HTML fragment', '<p>Hello</p>'],
    ['a text page read as HTML', TEXT_ARTICLE, { format: 'html' }],
    ['an HTML page read as text', HTML_ARTICLE, { format: 'text' }],
    ...fixtureInputs.map(({ name, input }): [string, string] => [name, input]),
  ]

  it.each(inputs)('has every field of CleanArticle: %s', (_, input, options) => {
    expectComplete(cleanArticle(input, options))
  })

  it('fills unfilled fields with null, not undefined', () => {
    const article = cleanArticle('')
    for (const field of NULLABLE) expect(article[field], field).toBeNull()
    expect(article.text).toBe('')
    expect(article.wordCount).toBe(0)
    expect(article.blocks).toEqual([])
    expect(article.captions).toEqual([])
    expect(article.removed).toEqual([])
  })

  it('keeps null fields through JSON (nothing is dropped by serialisation)', () => {
    const article = cleanArticle(TEXT_ARTICLE)
    const json = JSON.parse(JSON.stringify(article)) as Record<string, unknown>
    for (const field of FIELDS) expect(Object.hasOwn(json, field), field).toBe(true)
  })

  it('accepts options of null and undefined', () => {
    const plain = cleanArticle(TEXT_ARTICLE)
    expect(cleanArticle(TEXT_ARTICLE, null)).toEqual(plain)
    expect(cleanArticle(TEXT_ARTICLE, undefined)).toEqual(plain)
    expect(cleanArticle(TEXT_ARTICLE, {})).toEqual(plain)
  })
})

describe('cleanArticle: format', () => {
  const htmlLooking = `<html><body>
<p>Fish &amp; chips are sold here every day. ${P1}</p>
<p>${P2}</p>
<p>${P3}</p>
</body></html>`

  it('sniffs HTML and text by default', () => {
    expect(cleanArticle(htmlLooking).format).toBe('html')
    expect(cleanArticle(HTML_ARTICLE).format).toBe('html')
    expect(cleanArticle(TEXT_ARTICLE).format).toBe('text')
    expect(cleanArticle(TEXT_ARTICLE, { format: 'auto' }).format).toBe('text')
  })

  it("format: 'text' reads an HTML-looking page as text: tags and entities stay as written", () => {
    const article = cleanArticle(htmlLooking, { format: 'text' })
    expect(article.format).toBe('text')
    for (const block of article.blocks) expect(block.source.kind).toBe('text')
    expect(article.text).toContain('<p>Fish &amp; chips')
  })

  it("format: 'html' reads a plain-text page as HTML: entities are decoded", () => {
    const text = `Fish &amp; chips are sold here every day. ${P1}\n\n${P2}\n\n${P3}\n`
    expect(cleanArticle(text).format).toBe('text')
    expect(cleanArticle(text).text).toContain('Fish &amp; chips')
    const article = cleanArticle(text, { format: 'html' })
    expect(article.format).toBe('html')
    for (const block of article.blocks) expect(block.source.kind).toBe('html')
    expect(article.text).toContain('Fish & chips')
    expect(article.text).not.toContain('&amp;')
  })
})

describe('cleanArticle: text and wordCount', () => {
  const inputs: [string, string][] = [
    ['text article', TEXT_ARTICLE],
    ['HTML article', HTML_ARTICLE],
    ...fixtureInputs.map(({ name, input }): [string, string] => [name, input]),
  ]

  it.each(inputs)('never holds the title as a paragraph of its own: %s', (_, input) => {
    const article = cleanArticle(input)
    if (article.title === null) return
    const title = article.title.replace(/\s+/g, ' ').trim()
    const paragraphs = article.text.split('\n\n').map((p) => p.replace(/\s+/g, ' ').trim())
    expect(paragraphs).not.toContain(title)
    expect(article.blocks.map((b) => b.text)).not.toContain(article.title)
  })

  it('finds the title of the sample articles and keeps their paragraphs', () => {
    for (const input of [TEXT_ARTICLE, HTML_ARTICLE]) {
      const article = cleanArticle(input)
      expect(article.title).toBe('City Council Approves New Budget After Long Debate')
      expect(article.text).toBe([P1, P2, P3].join('\n\n'))
    }
  })

  it.each(inputs)('counts the words of text: %s', (_, input) => {
    const article = cleanArticle(input)
    expect(article.wordCount).toBe(wordsIn(article.text))
  })

  it('joins the kept blocks with a blank line', () => {
    for (const input of [TEXT_ARTICLE, HTML_ARTICLE, SEED]) {
      const article = cleanArticle(input)
      expect(article.text).toBe(article.blocks.map((b) => b.text).join('\n\n'))
    }
  })
})

describe('recommended', () => {
  it('is frozen', () => {
    expect(Object.isFrozen(recommended)).toBe(true)
    expect(() => (recommended as Rule[]).push(recommended[0] as Rule)).toThrow(TypeError)
    expect(() => {
      ;(recommended as Rule[])[0] = defineRule({
        id: 'replacement',
        category: 'meta',
        description: 'Nothing.',
        test: () => undefined,
      })
    }).toThrow(TypeError)
  })

  it('holds rules with unique kebab-case ids, a category, a description and a test', () => {
    expect(recommended.length).toBeGreaterThan(0)
    const ids = recommended.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of recommended) {
      expect(rule.id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/)
      expect(typeof rule.category).toBe('string')
      expect(rule.description.length).toBeGreaterThan(0)
      expect(typeof rule.test).toBe('function')
    }
  })
})
