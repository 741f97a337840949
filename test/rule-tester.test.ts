import { describe, expect, it } from 'vitest'
import { defineRule } from '../src/define-rule.js'
import { type RuleCases, testRule } from '../src/rule-tester.js'
import type { Block } from '../src/types.js'

const TITLE = 'Regional Rail Line to Reach the Northern Suburbs'
const BODY =
  'The regional transit authority approved a plan on Thursday to extend the northern rail line by fourteen kilometres, adding five stations that planners say will serve roughly forty thousand riders a day by the end of the decade.'

/** A well-behaved rule: drops "Advertisement" lines and captures nothing. */
const adLabel = defineRule({
  id: 'ad-label',
  category: 'ads',
  description: 'Drops "Advertisement" lines.',
  test(block) {
    return block.text === 'Advertisement' ? { drop: true, reason: 'ad label' } : undefined
  },
})

/** Drops every block, with a fixed reason and a section capture. */
const dropAll = defineRule({
  id: 'drop-all',
  category: 'boilerplate',
  description: 'Drops everything.',
  test: () => ({ drop: true, reason: 'alpha', capture: 'section', value: 'Alpha' }),
})

const GOOD: RuleCases = {
  keep: [BODY, { text: 'Advertising revenue fell again.', before: [TITLE], after: [BODY] }],
  drop: [
    { text: 'Advertisement', reason: 'ad label' },
    { text: 'Advertisement', before: [TITLE, BODY], reason: 'ad' },
    {
      html: `<html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><p>${BODY}</p><p>Advertisement</p><p>${BODY}</p></article></body></html>`,
      text: 'Advertisement',
      reason: 'ad label',
    },
  ],
}

describe('testRule', () => {
  it('passes a good rule and returns the number of cases checked', () => {
    expect(testRule(adLabel, GOOD)).toBe(5)
  })

  it('passes when capture and value match', () => {
    expect(
      testRule(dropAll, {
        keep: [],
        drop: [{ text: 'Politics', reason: 'alp', capture: 'section', value: 'Alpha' }],
      }),
    ).toBe(1)
  })

  it('throws on a duplicate keep case', () => {
    expect(() => testRule(adLabel, { keep: [BODY, { text: BODY }], drop: [] })).toThrow(
      /duplicate case/,
    )
  })

  it('throws on a case given both to keep and to drop', () => {
    expect(() =>
      testRule(adLabel, {
        keep: ['Advertisement'],
        drop: [{ text: 'Advertisement', reason: 'ad label' }],
      }),
    ).toThrow(/duplicate case/)
  })

  it('throws on a drop case without a reason', () => {
    expect(() =>
      testRule(adLabel, { keep: [], drop: [{ text: 'Advertisement' } as never] }),
    ).toThrow(/has no expected reason/)
    expect(() =>
      testRule(adLabel, { keep: [], drop: [{ text: 'Advertisement', reason: '' }] }),
    ).toThrow(/has no expected reason/)
  })

  it('throws on a rule that writes to its block', () => {
    const writer = defineRule({
      id: 'writer',
      category: 'boilerplate',
      description: 'Mutates its block.',
      test(block) {
        ;(block as { text: string }).text = 'x'
        return undefined
      },
    })
    expect(() => testRule(writer, { keep: [BODY], drop: [] })).toThrow(/must not mutate/)
  })

  it('throws on a rule that pushes into the page blocks', () => {
    const pusher = defineRule({
      id: 'pusher',
      category: 'boilerplate',
      description: 'Mutates the page.',
      test(block, context) {
        ;(context.blocks as Block[]).push(block)
        return undefined
      },
    })
    expect(() => testRule(pusher, { keep: [BODY], drop: [] })).toThrow(/must not mutate/)
  })

  it('throws on a keep case that the rule drops', () => {
    expect(() => testRule(dropAll, { keep: [BODY], drop: [] })).toThrow(
      /should keep .* but dropped it \(alpha\)/,
    )
  })

  it('throws on a drop case that the rule keeps', () => {
    expect(() =>
      testRule(adLabel, { keep: [], drop: [{ text: 'Advertising', reason: 'ad label' }] }),
    ).toThrow(/should drop "Advertising" but kept it/)
  })

  it('throws on a drop case with the wrong reason', () => {
    expect(() =>
      testRule(adLabel, { keep: [], drop: [{ text: 'Advertisement', reason: 'sponsored' }] }),
    ).toThrow(/expected one containing "sponsored"/)
  })

  it('throws on a wrong capture or captured value', () => {
    expect(() =>
      testRule(dropAll, {
        keep: [],
        drop: [{ text: 'Politics', reason: 'alpha', capture: 'byline' }],
      }),
    ).toThrow(/captured section, expected byline/)
    expect(() =>
      testRule(dropAll, { keep: [], drop: [{ text: 'Politics', reason: 'alpha', value: 'Beta' }] }),
    ).toThrow(/expected "Beta"/)
  })

  it('throws when the case text is not a block of its page', () => {
    expect(() =>
      testRule(adLabel, {
        keep: [
          {
            html: `<html><body><article><p>${BODY}</p></article></body></html>`,
            text: 'Advertisement',
          },
        ],
        drop: [],
      }),
    ).toThrow(/is not a block of its page/)
  })
})
