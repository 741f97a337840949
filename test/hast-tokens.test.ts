/** Class, id, role and itemprop tokens: the plain class-list path equals the general one. */
import fc from 'fast-check'
import type { Element } from 'hast'
import { describe, expect, it } from 'vitest'
import { hintsOf, tokensOf } from '../src/html/hast.js'

const el = (properties: Element['properties']): Element => ({
  type: 'element',
  tagName: 'div',
  properties,
  children: [],
})

/** The same element read by the general path: an empty role adds nothing to its tokens. */
const general = (className: unknown[]) =>
  tokensOf(el({ className: className as string[], role: '' }))

describe('tokensOf', () => {
  it('reads a plain class list as the general path does', () => {
    const lists: unknown[][] = [
      ['entry-content', 'post', 'x_1'],
      ['Entry-Content', 'POST'],
      ['a\u00a0b', 'c'],
      ['', 'a', ''],
      [],
      [''],
      ['x'.repeat(60), 'y'.repeat(61), 'z'],
      Array.from({ length: 400 }, (_, i) => `c${i}`),
      Array.from({ length: 333 }, (_, i) => `c${i % 10}x`),
      ['k\u212a', 'ß', 'a\tb'],
      [3, 'a'],
    ]
    for (const list of lists)
      expect(tokensOf(el({ className: list as string[] }))).toEqual(general(list))
  })

  it('equals the general path on any class list', () => {
    const cls = fc.oneof(
      fc.string({ unit: 'binary-ascii', maxLength: 70 }),
      fc.string({
        unit: fc.constantFrom('a', 'B', '-', ' ', '\u00a0', '\u212a', '_'),
        maxLength: 8,
      }),
    )
    fc.assert(
      fc.property(fc.array(cls, { maxLength: 300 }), (list) => {
        expect(tokensOf(el({ className: list }))).toEqual(general(list))
      }),
    )
  })

  it('splits hints of plain classes on dashes and underscores', () => {
    expect(hintsOf(el({ className: ['post-body', 'main'] }))).toEqual([
      'post-body',
      'post',
      'body',
      'main',
    ])
  })
})
