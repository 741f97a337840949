import fc from 'fast-check'
import type { Element } from 'hast'
import { describe, expect, it } from 'vitest'
import { hintsOf, tokensOf } from '../src/html/hast.js'

/** The definition: the four attributes joined, 2,000 characters read, lower-cased, split on white space. */
function joinedTokens(className: unknown, id: string, role: string, itemProp: string): string[] {
  const classes = Array.isArray(className) ? className.join(' ') : ''
  const raw = `${classes} ${id} ${role} ${itemProp}`
  return raw
    .slice(0, 2000)
    .toLowerCase()
    .split(/\s+/)
    .filter((token) => token !== '' && token.length <= 60)
}

function element(className: unknown, id: string, role: string, itemProp: string): Element {
  const properties: Record<string, unknown> = {}
  if (className !== undefined) properties.className = className
  if (id !== '') properties.id = id
  if (role !== '') properties.role = role
  if (itemProp !== '') properties.itemProp = itemProp
  return { type: 'element', tagName: 'div', properties, children: [] } as unknown as Element
}

// Characters that make the ASCII reading and the joined one part ways if either is wrong.
const pieces = fc.constantFrom(
  'a',
  'Z',
  'nav',
  'Post-Body',
  'x_y',
  ' ',
  '\t',
  '\n',
  '\v',
  '\f',
  '\u00a0',
  '\ufeff',
  'Σ',
  'İ',
  '\u001c',
  '-',
  '_',
  'x'.repeat(61),
  'y'.repeat(600),
)
const value = fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join(''))

describe('tokensOf', () => {
  it('reads the tokens of the joined attributes, whatever they hold', () => {
    fc.assert(
      fc.property(
        fc.option(fc.array(value, { maxLength: 6 }), { nil: undefined }),
        value,
        value,
        value,
        (className, id, role, itemProp) => {
          // An id with `-` or `_` may be a heading's anchor: no heading here, so it is read.
          const node = element(className, id, role, itemProp)
          expect([...tokensOf(node)]).toEqual(joinedTokens(className, id, role, itemProp))
        },
      ),
      { numRuns: 2000, seed: Number(process.env.FC_SEED ?? 20261128) },
    )
  })

  it('splits hints on runs of - and _', () => {
    const node = element(['Site--Header_nav', '-x-', 'plain'], '', '', '')
    expect(hintsOf(node)).toEqual([
      'site--header_nav',
      'site',
      'header',
      'nav',
      '-x-',
      'x',
      'plain',
    ])
  })
})
