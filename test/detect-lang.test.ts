import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectLang } from '../src/lang/detect-lang.js'

/** The script-decided guess as the per-character regexes make it ('words' when stopwords decide). */
function byScript(text: string): string | null {
  const tests: Array<[string, RegExp]> = [
    ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
    ['han', /\p{Script=Han}/u],
    ['ko', /\p{Script=Hangul}/u],
    ['cyr', /\p{Script=Cyrillic}/u],
    ['ar', /\p{Script=Arabic}/u],
    ['el', /\p{Script=Greek}/u],
    ['he', /\p{Script=Hebrew}/u],
    ['th', /\p{Script=Thai}/u],
    ['letters', /\p{L}/u],
  ]
  const counts = new Map<string, number>()
  for (const ch of text) {
    const hit = tests.find(([, re]) => re.test(ch))
    if (hit) counts.set(hit[0], (counts.get(hit[0]) ?? 0) + 1)
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0)
  if (total === 0) return null
  const n = (k: string) => counts.get(k) ?? 0
  if (n('kana') > total * 0.05) return 'ja'
  if (n('han') > total * 0.3) return 'zh'
  for (const k of ['ko', 'ar', 'el', 'he', 'th']) if (n(k) > total * 0.3) return k
  return 'words'
}

describe('detectLang', () => {
  it('tells languages by script and by stopwords', () => {
    expect(detectLang('東京は日本の首都です。ひらがなとカタカナ')).toBe('ja')
    expect(detectLang('这是一个关于城市的新闻报道')).toBe('zh')
    expect(detectLang('Η πόλη άνοιξε τη γέφυρα ξανά σήμερα')).toBe('el')
    expect(detectLang('The bridge was closed for the winter and it will open in the spring.')).toBe(
      'en',
    )
    expect(
      detectLang('Die Brücke war im Winter geschlossen und wird im Frühjahr wieder eröffnet.'),
    ).toBe('de')
    expect(detectLang('1234 -- !!')).toBe(null)
  })

  it('counts scripts as the per-character regexes do', () => {
    const pieces = fc.constantFrom(
      'word ',
      'Ünïcödé ',
      'ひら',
      'カタ',
      '中文',
      '𠀋',
      '한국',
      'ᄀ',
      'русский ',
      'عربي ',
      'Ελληνικά ',
      'עברית ',
      'ไทย',
      '😀',
      '\ud800',
      '\udc00',
      '—',
      '42 ',
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
        const text = parts.join('')
        const expected = byScript(text)
        const got = detectLang(text)
        if (expected === null) expect(got).toBe(null)
        else if (expected !== 'words') expect(got).toBe(expected)
        else expect(['ja', 'zh', 'ko', 'ar', 'el', 'he', 'th']).not.toContain(got)
      }),
      { numRuns: 500, seed: 20261128 },
    )
  })
})
