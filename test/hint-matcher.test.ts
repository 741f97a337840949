import { describe, expect, it } from 'vitest'
import { hintMatcher } from '../src/rules/util.js'
import type { Block } from '../src/types.js'

const block = (hints: readonly string[]): Block => ({
  type: 'paragraph',
  text: 'Some text.',
  level: 0,
  words: 2,
  linkDensity: 0,
  stopwordDensity: 0,
  index: 0,
  source: { kind: 'html', tag: 'p', path: ['body', 'p'], hints, located: true },
})

describe('hintMatcher', () => {
  const share = hintMatcher({ tokens: ['social'], parts: ['share'] })
  const legal = hintMatcher({ parts: ['legal'] })

  it('matches whole tokens and parts of split tokens', () => {
    expect(share(block(['social']))).toBe(true)
    expect(share(block(['social-affairs']))).toBe(false)
    expect(share(block(['share']))).toBe(true)
    expect(share(block(['entry-share-buttons']))).toBe(true)
    expect(share(block(['post', 'share_bar']))).toBe(true)
    expect(legal(block(['entry-share-buttons']))).toBe(false)
  })

  it('does not split taxonomy and negated tokens', () => {
    expect(share(block(['category-share']))).toBe(false)
    expect(share(block(['no-share']))).toBe(false)
    expect(share(block(['author-share']))).toBe(false)
    expect(share(block(['author-share-box']))).toBe(true)
  })

  it('answers for one hints list shared by blocks, and for matchers made after it was read', () => {
    const hints = ['site-legal', 'share-row']
    expect(share(block(hints))).toBe(true)
    expect(legal(block(hints))).toBe(true)
    const row = hintMatcher({ parts: ['row'] })
    const other = hintMatcher({ tokens: ['sidebar'] })
    expect(row(block(hints))).toBe(true)
    expect(other(block(hints))).toBe(false)
    expect(share(block(hints))).toBe(true)
  })

  it('keeps working past 32 matchers', () => {
    const many = Array.from({ length: 40 }, (_, i) => hintMatcher({ tokens: [`w${i}`] }))
    const hints = ['w3', 'w37']
    expect(many.map((m, i) => (m(block(hints)) ? i : -1)).filter((i) => i >= 0)).toEqual([3, 37])
  })

  it('never matches text blocks', () => {
    expect(share({ ...block([]), source: { kind: 'text', start: 0, end: 1 } })).toBe(false)
  })
})
