import { wordsOf } from '../features.js'
import { STOPWORDS } from './stopwords.js'

const HAN = /\p{Script=Han}/u
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u
const HANGUL = /\p{Script=Hangul}/u
const CYRILLIC = /\p{Script=Cyrillic}/u
const ARABIC = /\p{Script=Arabic}/u
const GREEK = /\p{Script=Greek}/u
const HEBREW = /\p{Script=Hebrew}/u
const THAI = /\p{Script=Thai}/u

/** The languages whose stopword list holds each word: one lookup per word of the sample. */
const LANGS_OF: ReadonlyMap<string, readonly string[]> = langsByWord()

function langsByWord(): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const [lang, set] of STOPWORDS)
    for (const word of set) out.set(word, [...(out.get(word) ?? []), lang])
  return out
}

/** How many characters of a page are enough to tell its language. */
const SAMPLE = 20_000

/**
 * Guess the language of a text: by script for scripts that name their
 * language, else by which stopword list covers most words. Returns a
 * 2-letter code, or null when nothing is convincing.
 */
export function detectLang(text: string): string | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  const counts = { han: 0, kana: 0, hangul: 0, cyr: 0, ar: 0, el: 0, he: 0, th: 0, letters: 0 }
  for (const ch of sample) {
    // ASCII belongs to none of the scripts below: only its letters count.
    const code = ch.charCodeAt(0)
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) counts.letters++
      continue
    }
    if (KANA.test(ch)) counts.kana++
    else if (HAN.test(ch)) counts.han++
    else if (HANGUL.test(ch)) counts.hangul++
    else if (CYRILLIC.test(ch)) counts.cyr++
    else if (ARABIC.test(ch)) counts.ar++
    else if (GREEK.test(ch)) counts.el++
    else if (HEBREW.test(ch)) counts.he++
    else if (THAI.test(ch)) counts.th++
    else if (/\p{L}/u.test(ch)) counts.letters++
  }
  const total =
    counts.han +
    counts.kana +
    counts.hangul +
    counts.cyr +
    counts.ar +
    counts.el +
    counts.he +
    counts.th +
    counts.letters
  if (total === 0) return null
  if (counts.kana > total * 0.05) return 'ja'
  if (counts.han > total * 0.3) return 'zh'
  if (counts.hangul > total * 0.3) return 'ko'
  if (counts.ar > total * 0.3) return 'ar'
  if (counts.el > total * 0.3) return 'el'
  if (counts.he > total * 0.3) return 'he'
  if (counts.th > total * 0.3) return 'th'
  const words = wordsOf(sample.toLowerCase())
  if (words.length === 0) return null
  const hitsBy = new Map<string, number>()
  for (const w of words) {
    const langs = LANGS_OF.get(w)
    if (langs) for (const lang of langs) hitsBy.set(lang, (hitsBy.get(lang) ?? 0) + 1)
  }
  let best: string | null = null
  let bestHits = 0
  for (const lang of STOPWORDS.keys()) {
    if (counts.cyr > total * 0.3 ? lang !== 'ru' : lang === 'ru') continue
    const hits = hitsBy.get(lang) ?? 0
    if (hits > bestHits) {
      bestHits = hits
      best = lang
    }
  }
  // A handful of matches in a long text is noise, not a language.
  return bestHits >= Math.min(3, words.length * 0.1) ? best : null
}
