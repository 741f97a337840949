/**
 * The public surface of clean-article: what src/index.ts exports, what
 * `cleanArticle` accepts and always returns, and how options and custom
 * rules plug in.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import {
  type Block,
  type CleanArticle,
  type CleanOptions,
  cleanArticle,
  defineRule,
  type Rule,
  type RuleContext,
  recommended,
} from '../src/index.js'
import { FIELDS, wordsIn } from './helpers.js'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures')

/** Every fixture input, as a string, with its folder name. */
const fixtureInputs: { name: string; input: string }[] = readdirSync(FIXTURES, {
  withFileTypes: true,
})
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  .flatMap((name) => {
    const file = readdirSync(join(FIXTURES, name)).find((f) => f.startsWith('input.'))
    return file ? [{ name, input: readFileSync(join(FIXTURES, name, file), 'utf8') }] : []
  })

const SEED = readFileSync(join(FIXTURES, 'seed--founding-example', 'input.txt'), 'utf8')

const P1 =
  'The city council voted on Tuesday night to approve a new budget for the coming year, ending weeks of debate over funding for parks, roads and public safety in the town.'
const P2 =
  'The plan raises property taxes by two percent, the first increase in six years, and the mayor said that it was a fair deal for all of the residents who had asked for better services.'
const P3 =
  'Opponents argued that the increase would be a burden for seniors on fixed incomes, while supporters said that the repairs could not wait any longer and that the roads were in a bad state.'

/** A plain-text article with a headline, a byline-ish line and a few paragraphs. */
const TEXT_ARTICLE = [
  'City Council Approves New Budget After Long Debate',
  '',
  P1,
  '',
  P2,
  '',
  P3,
  '',
].join('\n')

/** The same article as an HTML page. */
const HTML_ARTICLE = `<!doctype html>
<html lang="en">
<head><title>City Council Approves New Budget After Long Debate | The Daily</title></head>
<body>
<article>
<h1>City Council Approves New Budget After Long Debate</h1>
<p>${P1}</p>
<p>${P2}</p>
<p>${P3}</p>
</article>
</body>
</html>`

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
  it('exports exactly cleanArticle, defineRule, recommended and testRule at runtime', () => {
    expect(Object.keys(api).sort()).toEqual([
      'cleanArticle',
      'defineRule',
      'recommended',
      'testRule',
    ])
  })

  it('exports functions and a rule list', () => {
    expect(typeof api.cleanArticle).toBe('function')
    expect(typeof api.defineRule).toBe('function')
    expect(typeof api.testRule).toBe('function')
    expect(Array.isArray(api.recommended)).toBe(true)
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

describe('cleanArticle: rules', () => {
  it('runs the recommended rules by default', () => {
    const article = cleanArticle(SEED)
    expect(cleanArticle(SEED, { rules: recommended })).toEqual(article)
    expect(article.removed.length).toBeGreaterThan(0)
  })

  it('with rules: [] removes nothing from a text page', () => {
    const article = cleanArticle(SEED, { rules: [] })
    expect(article.removed).toEqual([])
    expect(article.captions).toEqual([])
    expect(article.authorBio).toBeNull()
    // Every non-blank line but the title is kept.
    const lines = SEED.split(/\r\n?|\n/)
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter((l) => l !== '' && l !== article.title)
    for (const line of lines) expect(article.text).toContain(line)
  })

  const seedRules = [...new Set(cleanArticle(SEED).removed.map((r) => r.rule))]

  it('the sample page exercises several rules', () => {
    expect(seedRules.length).toBeGreaterThanOrEqual(3)
  })

  it.each(seedRules)('removing the rule %s by id removes its ledger entries', (id) => {
    const rules = recommended.filter((r) => r.id !== id)
    expect(rules.length).toBe(recommended.length - 1)
    const article = cleanArticle(SEED, { rules })
    expect(article.removed.map((r) => r.rule)).not.toContain(id)
  })

  const sponsored = defineRule({
    id: 'sponsored-line',
    category: 'ads',
    description: 'Drops lines that start with "Sponsored:".',
    test(block) {
      return block.text.startsWith('Sponsored:')
        ? { drop: true, reason: 'sponsored line' }
        : undefined
    },
  })

  const withSponsor = [
    'City Council Approves New Budget After Long Debate',
    '',
    P1,
    '',
    'Sponsored: Get the best deals on garden furniture this week only',
    '',
    P2,
    '',
    P3,
    '',
  ].join('\n')

  it('a custom rule made with defineRule shows up in the ledger with its id and category', () => {
    const article = cleanArticle(withSponsor, { rules: [sponsored, ...recommended] })
    expect(article.removed).toContainEqual({
      rule: 'sponsored-line',
      category: 'ads',
      reason: 'sponsored line',
      text: 'Sponsored: Get the best deals on garden furniture this week only',
    })
    expect(article.text).not.toContain('Sponsored:')
    expect(article.text).toBe([P1, P2, P3].join('\n\n'))
  })

  it('a custom rule works alone, on HTML as well', () => {
    const html = `<html><body><article><p>${P1}</p><p>Sponsored: Get the best deals on garden furniture this week only</p><p>${P2}</p></article></body></html>`
    const article = cleanArticle(html, { rules: [sponsored] })
    expect(article.removed.filter((r) => r.rule === 'sponsored-line')).toEqual([
      {
        rule: 'sponsored-line',
        category: 'ads',
        reason: 'sponsored line',
        text: 'Sponsored: Get the best deals on garden furniture this week only',
      },
    ])
    expect(article.text).not.toContain('Sponsored:')
  })

  it('a rule limited to html does not run on text', () => {
    const htmlOnly = defineRule({ ...sponsored, id: 'sponsored-html', formats: ['html'] })
    const article = cleanArticle(withSponsor, { rules: [htmlOnly] })
    expect(article.removed).toEqual([])
    expect(article.text).toContain('Sponsored:')
  })

  it('defineRule returns the rule it is given', () => {
    const rule: Rule = {
      id: 'my-rule-2',
      category: 'meta',
      description: 'Nothing.',
      test: () => undefined,
    }
    expect(defineRule(rule)).toBe(rule)
  })

  it.each([
    'Sponsored',
    'sponsoredLine',
    'sponsored_line',
    'sponsored line',
    'sponsored--line',
    '-sponsored',
    'sponsored-',
    '',
  ])('defineRule rejects the non-kebab id %j', (id) => {
    expect(() =>
      defineRule({ id, category: 'ads', description: 'Nothing.', test: () => undefined }),
    ).toThrow(TypeError)
  })

  it('defineRule rejects a rule without a test function', () => {
    expect(() =>
      defineRule({ id: 'no-test', category: 'ads', description: 'Nothing.' } as unknown as Rule),
    ).toThrow(TypeError)
  })

  it('ruleOptions reach the rule as context.options', () => {
    const seen: unknown[] = []
    const probe = defineRule({
      id: 'options-probe',
      category: 'meta',
      description: 'Records its options.',
      test(_block, context) {
        seen.push(context.options)
        return undefined
      },
    })
    const other = defineRule({ ...probe, id: 'other-probe' })
    cleanArticle(TEXT_ARTICLE, {
      rules: [probe],
      ruleOptions: { 'options-probe': { threshold: 3, words: ['a', 'b'] } },
    })
    expect(seen.length).toBeGreaterThan(0)
    for (const options of seen) expect(options).toEqual({ threshold: 3, words: ['a', 'b'] })

    // A rule without options sees an empty object, not undefined.
    seen.length = 0
    cleanArticle(TEXT_ARTICLE, {
      rules: [other],
      ruleOptions: { 'options-probe': { threshold: 3 } },
    })
    expect(seen.length).toBeGreaterThan(0)
    for (const options of seen) expect(options).toEqual({})
  })
})

describe('cleanArticle: rules cannot change the outcome', () => {
  it('is deterministic: two calls give deep-equal results', () => {
    for (const { input } of fixtureInputs) expect(cleanArticle(input)).toEqual(cleanArticle(input))
  })

  it('a rule that records what it saw sees the same data on every call', () => {
    const calls: unknown[][] = []
    let current: unknown[] = []
    const recorder = defineRule({
      id: 'recorder',
      category: 'meta',
      description: 'Records every block and context it is shown.',
      test(block, context) {
        current.push({
          block: structuredClone(block),
          blocks: context.blocks.length,
          title: context.title,
          titleIndex: context.titleIndex,
          lang: context.lang,
          format: context.format,
        })
        return undefined
      },
    })
    const rules = [recorder, ...recommended]
    const results: CleanArticle[] = []
    for (let i = 0; i < 2; i++) {
      current = []
      results.push(cleanArticle(SEED, { rules }))
      calls.push(current)
    }
    expect(results[1]).toEqual(results[0])
    expect(calls[1]).toEqual(calls[0])
    // The recorder changes nothing by watching.
    expect(results[0]).toEqual(cleanArticle(SEED))
  })

  /** Tries to change everything it is given; each attempt may throw on frozen data. */
  function vandal(): Rule {
    const attempt = (f: () => void) => {
      try {
        f()
      } catch {
        // Frozen: the attempt fails, as it should.
      }
    }
    return defineRule({
      id: 'vandal',
      category: 'meta',
      description: 'Tries to mutate its inputs, then passes.',
      test(block: Block, context: RuleContext) {
        const b = block as { -readonly [K in keyof Block]: Block[K] }
        attempt(() => {
          b.text = 'VANDALISED'
        })
        attempt(() => {
          b.words = 0
        })
        attempt(() => {
          b.stopwordDensity = 0
        })
        attempt(() => {
          b.type = 'line'
        })
        attempt(() => {
          const source = b.source as { start?: number; hints?: string[] }
          if (Array.isArray(source.hints)) source.hints.push('share', 'comments', 'nav')
          else source.start = -1
        })
        const c = context as { -readonly [K in keyof RuleContext]: RuleContext[K] }
        attempt(() => {
          c.titleIndex = -1
        })
        attempt(() => {
          c.title = null
        })
        attempt(() => {
          const options = c.options as Record<string, unknown>
          options.vandalised = true
        })
        attempt(() => {
          const blocks = c.blocks as Block[]
          const other = blocks[blocks.length - 1]
          if (other && other !== block) {
            ;(other as { text: string }).text = 'VANDALISED TOO'
          }
        })
        attempt(() => {
          ;(c.blocks as Block[]).reverse()
        })
        return undefined
      },
    })
  }

  it.each([
    ['a text page', SEED],
    ['an HTML page', HTML_ARTICLE],
  ])('a rule that mutates what it is given cannot change the result (%s)', (_, input) => {
    const honest = cleanArticle(input)
    const withVandal = cleanArticle(input, { rules: [vandal(), ...recommended] })
    expect(withVandal).toEqual(honest)
    // And the damage does not leak into the next call.
    expect(cleanArticle(input)).toEqual(honest)
  })

  it("a rule cannot change the caller's ruleOptions", () => {
    const ruleOptions = { vandal: { level: 1 } }
    cleanArticle(TEXT_ARTICLE, { rules: [vandal()], ruleOptions })
    expect(ruleOptions).toEqual({ vandal: { level: 1 } })
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
