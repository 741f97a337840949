/**
 * Word counting: the ASCII fast path must find the same words as the
 * benchmark's definition (runs of letters, digits, marks and `_`).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  collapse,
  collapsedLength,
  countSymbols,
  countWords,
  endsLikeSentence,
  isSpace,
  stopwordDensity,
  wordsOf,
} from '../src/features.js'
import { STOPWORDS } from '../src/lang/stopwords.js'

const METRIC_WORD = /[\p{L}\p{N}\p{Mn}\p{Mc}_]+/gu
const SETTINGS = { numRuns: 500, seed: Number(process.env.FC_SEED ?? 20261128) }

describe('wordsOf', () => {
  it('finds the words of the metric in ASCII text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 200 }), (text) => {
        expect(wordsOf(text)).toEqual(text.match(METRIC_WORD) ?? [])
      }),
      SETTINGS,
    )
  })

  it('finds them in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (text) => {
        expect(wordsOf(text)).toEqual(text.match(METRIC_WORD) ?? [])
      }),
      SETTINGS,
    )
    expect(wordsOf('naïve café_1 déjà-vu')).toEqual(['naïve', 'café_1', 'déjà', 'vu'])
  })
})

describe('countWords', () => {
  it('counts ASCII words and two characters of Chinese as one word', () => {
    expect(countWords('The bridge, closed in 2024, reopens_today.')).toBe(6)
    expect(countWords('')).toBe(0)
    expect(countWords('大桥今天重新开放')).toBe(4)
    expect(countWords('Bridge 大桥今天重新开放 reopens')).toBe(6)
  })
})

describe('word scanning without the regex', () => {
  const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu
  const HAS_UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u
  /** countWords as the regexes define it. */
  const reference = (text: string): number => {
    const words = text.match(METRIC_WORD) ?? []
    if (words.length === 0) return 0
    const unspaced = text.match(UNSPACED)?.length ?? 0
    if (unspaced === 0) return words.length
    const runs = words.filter((w) => HAS_UNSPACED.test(w)).length
    return Math.max(1, words.length - runs + Math.ceil(unspaced / 2))
  }
  const pieces = fc.constantFrom(
    'word',
    'Ünïcödé',
    ' ',
    '—',
    '’',
    '_',
    '42',
    'ǅ',
    '\u0301',
    'ज़',
    'ไทย',
    '⺀',
    '中文',
    'ひらがな',
    'カタカナ',
    '😀',
    '𠀋',
    'Ελληνικά',
    'русский',
    '\u00a0',
    '\u200b',
    '-',
    '.',
    'ⅻ',
    '\u0e31',
  )
  const mixed = fc.array(pieces, { maxLength: 12 }).map((p) => p.join(''))
  const texts = fc.oneof(mixed, fc.string({ unit: 'binary' }))

  it('finds the words the regex finds', () => {
    fc.assert(
      fc.property(texts, (t) => {
        expect(wordsOf(t)).toEqual(t.match(METRIC_WORD) ?? [])
      }),
      SETTINGS,
    )
  })

  it('counts as the regexes count', () => {
    fc.assert(
      fc.property(texts, (t) => {
        expect(countWords(t)).toBe(reference(t))
      }),
      SETTINGS,
    )
  })

  it('counts symbols as the regex counts them', () => {
    const SYMBOL = /[^\p{L}\p{N}\p{M}\s]/gu
    expect(countSymbols('a–b, c\u00a0d\t!')).toBe(3)
    fc.assert(
      fc.property(fc.oneof(texts, fc.string({ unit: 'binary-ascii' })), (t) => {
        expect(countSymbols(t)).toBe(t.match(SYMBOL)?.length ?? 0)
      }),
      SETTINGS,
    )
  })
})

describe('sentence ends and whitespace without the regex', () => {
  const ENDS = /[.!?…。！？:;][\s"'”’»)\]]*$/u
  it('isSpace is `\\s` on every BMP code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpace(c)).toBe(/\s/.test(String.fromCharCode(c)))
  })
  it('every code unit as the last character, bare and before a closing quote and space', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      for (const text of [`Word${ch}`, `Word${ch}” `, `${ch}`, `a.${ch}`])
        if (endsLikeSentence(text) !== ENDS.test(text))
          expect([text, endsLikeSentence(text)]).toBe(null)
    }
  })
  it('equals the regex on random texts', () => {
    const pieces = fc.constantFrom(
      'word',
      ' ',
      '.',
      '!',
      '?',
      '…',
      '。',
      ':',
      ';',
      '"',
      "'",
      '”',
      '’',
      '»',
      ')',
      ']',
      '\n',
      '\u00a0',
      '😀',
      '(',
      '«',
      ',',
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('')
        expect(endsLikeSentence(text)).toBe(ENDS.test(text))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('collapsedLength', () => {
  it('is the length of `collapse` on every code unit and on random texts', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      for (const text of [ch, `a${ch}b`, ` ${ch} `, `a ${ch} b`])
        if (collapsedLength(text) !== collapse(text).length) expect(text).toBe(null)
    }
    const pieces = fc.constantFrom(
      'word',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u0001',
      '\u007f',
      '\u00a0',
      '\u3000',
      '😀',
      'é',
      '\u000b',
      '\u001f',
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('')
        expect(collapsedLength(text)).toBe(collapse(text).length)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('collapse', () => {
  /** The definition: control characters out, every white-space run one space, trimmed. */
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]+/g
  const collapsed = (text: string) => text.replace(CONTROL, '').replace(/\s+/g, ' ').trim()

  it('replaces only where a text is not spaced by single spaces already, with the same result', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      for (const text of [ch, `a${ch}b`, `a ${ch} b`, `a${ch} b`, `${ch}${ch}`])
        if (collapse(text) !== collapsed(text)) expect(text).toBe(null)
    }
    const pieces = fc.constantFrom('word', ' ', '  ', '\t', '\n', '\u0001', '\u00a0', '\ufeff', 'é')
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('')
        expect(collapse(text)).toBe(collapsed(text))
      }),
      SETTINGS,
    )
  })
})

describe('stopwordDensity', () => {
  /** The definition: the share of the lower-cased text's words that are in the list. */
  const density = (text: string, lang: string) => {
    const words = wordsOf(text.toLowerCase())
    const set = STOPWORDS.get(lang)
    if (!set || words.length === 0) return 0
    return words.filter((w) => set.has(w)).length / words.length
  }

  it('counts the words in place as wordsOf finds them', () => {
    const pieces = fc.constantFrom(
      'the',
      'The',
      'AND',
      'und',
      'der',
      'über',
      'Straße',
      'x'.repeat(30),
      ' ',
      '-',
      '_',
      '\u00a0',
      'é',
      '漢字',
      '😀',
      "don't",
    )
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 12 }),
        fc.constantFrom('en', 'de', 'fr'),
        (parts, lang) => {
          const text = parts.join('')
          expect(stopwordDensity(text, lang)).toBe(density(text, lang))
        },
      ),
      SETTINGS,
    )
  })

  it('finds every word of every list, and not the word with a letter more or less', () => {
    for (const [lang, set] of STOPWORDS) {
      for (const word of set) {
        if (word.toLowerCase() !== word || wordsOf(word).join() !== word) continue
        expect(stopwordDensity(word, lang)).toBe(1)
        expect(stopwordDensity(`${word}q`, lang)).toBe(set.has(`${word}q`) ? 1 : 0)
        if (word.length > 1)
          expect(stopwordDensity(word.slice(1), lang)).toBe(set.has(word.slice(1)) ? 1 : 0)
      }
    }
  })
})
