import { describe, expect, it } from 'vitest'
import { lineKey, lineKeys, perPage } from '../src/rules/util.js'
import type { Block } from '../src/types.js'

const page = (...texts: string[]): readonly Block[] =>
  texts.map((text, index) => ({ index, text }) as unknown as Block)

describe('perPage', () => {
  it('builds once per page and answers each page with its own value when pages alternate', () => {
    let builds = 0
    const first = perPage((blocks) => {
      builds++
      return blocks[0]?.text
    })
    const a = page('alpha')
    const b = page('beta')
    expect([first(a), first(b), first(a), first(a), first(b)]).toEqual([
      'alpha',
      'beta',
      'alpha',
      'alpha',
      'beta',
    ])
    expect(builds).toBe(2)
  })

  it('caches an undefined value too', () => {
    let builds = 0
    const nothing = perPage(() => {
      builds++
      return undefined
    })
    const a = page('x')
    const b = page('y')
    nothing(a)
    nothing(b)
    nothing(a)
    expect(builds).toBe(2)
  })
})

describe('lineKeys', () => {
  it('gives every block its lineKey by index', () => {
    const blocks = page('  Hello\n  World ', 'SAME same', '')
    expect(lineKeys(blocks)).toEqual(blocks.map((b) => lineKey(b.text)))
    expect(lineKeys(blocks)).toEqual(['hello world', 'same same', ''])
  })
})

describe('lineKey', () => {
  const slow = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim()
  it('equals lower-casing, collapsing and trimming, with or without the fast path', () => {
    const texts = [
      'Already collapsed text',
      ' leading',
      'trailing ',
      'two  spaces',
      'tab\there',
      'line\nbreak',
      'no\u00a0break',
      'ideographic\u3000space',
      '\u2028',
      ' ',
      '',
      'ÉCOLE Straße İstanbul',
    ]
    for (const text of texts) expect(lineKey(text)).toBe(slow(text))
  })
})
