import { describe, expect, it } from 'vitest'
import {
  type Block,
  type CleanArticle,
  cleanArticle,
  defineRule,
  type Rule,
  type RuleContext,
  recommended,
} from '../src/index.js'
import { fixtureInputs, HTML_ARTICLE, P1, P2, P3, SEED, TEXT_ARTICLE } from './api-pages.js'

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
