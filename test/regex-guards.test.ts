/**
 * The cheap tests in front of the rules' large regular expressions
 * (`guarded` in src/rules/util.ts): for every alternative of every guarded
 * pattern, texts that the pattern matches must pass the cheap test too.
 * Texts are generated from each alternative (its zero-width assertions left
 * out, letters in random case) and kept when the whole pattern matches them.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import '../src/rules/index.js'
import { GUARDED } from '../src/rules/util.js'

/** The top-level alternatives of a pattern's source (one outer group unwrapped). */
function alternatives(source: string): string[] {
  let body = source
  if (body.startsWith('(?:') && closing(body, 0) === body.length - 1) body = body.slice(3, -1)
  const out: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c === '\\') i++
    else if (c === '[') i = classEnd(body, i)
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) {
      out.push(body.slice(start, i))
      start = i + 1
    }
  }
  out.push(body.slice(start))
  return out
}

function classEnd(s: string, at: number): number {
  for (let i = at + 1; i < s.length; i++) {
    if (s[i] === '\\') i++
    else if (s[i] === ']') return i
  }
  return s.length
}

/** Index of the `)` closing the group opened at `at`. */
function closing(s: string, at: number): number {
  let depth = 0
  for (let i = at; i < s.length; i++) {
    const c = s[i]
    if (c === '\\') i++
    else if (c === '[') i = classEnd(s, i)
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i
  }
  return -1
}

/** The source without `\b` and lookarounds, which the generator cannot read. */
function withoutAssertions(source: string, boundary: string): string {
  let out = ''
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      // A word boundary becomes a space (one beside a word character) or a
      // letter (one beside a character \w does not count, as Cyrillic).
      out += source[i + 1] === 'b' ? boundary : source.slice(i, i + 2)
      i++
    } else if (c === '[') {
      const end = classEnd(source, i)
      out += source.slice(i, end + 1)
      i = end
    } else if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) i = closing(source, i)
    else out += c
  }
  return out
}

const caseFlips = fc.array(fc.boolean(), { minLength: 200, maxLength: 200 })
const flip = (text: string, flips: boolean[]) =>
  [...text].map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch)).join('')

describe('guarded patterns', () => {
  it('are registered by the rules', () => {
    expect(GUARDED.length).toBeGreaterThanOrEqual(7)
  })

  for (const g of GUARDED) {
    const alts = alternatives(g.pattern.source)
    it(`${g.need.source.slice(0, 40)}… covers every alternative of its pattern`, () => {
      for (const alternative of alts) {
        let matched = 0
        for (const boundary of [' ', 'x']) {
          const generator = fc.stringMatching(
            new RegExp(withoutAssertions(alternative, boundary), g.pattern.flags.replace('i', '')),
          )
          fc.assert(
            fc.property(generator, caseFlips, (raw, flips) => {
              const text = g.pattern.flags.includes('i') ? flip(raw, flips) : raw
              if (!g.pattern.test(text)) return
              matched++
              expect(g.need.test(text), `${alternative}: ${text}`).toBe(true)
            }),
            { numRuns: 60, seed: 20261128 },
          )
        }
        expect(matched, alternative).toBeGreaterThan(0)
      }
    })
  }

  it('keeps a text the need does not match from the pattern', () => {
    for (const g of GUARDED) {
      expect(g.test('An ordinary sentence about the weather in spring.')).toBe(false)
    }
  })
})
