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

const [KANA_, HAN_, HANGUL_, CYR_, AR_, EL_, HE_, TH_, LETTER_, OTHER_] = [
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
]
/** The script of each BMP code unit (0 not yet known), filled as units are met. */
const SCRIPT_UNITS = new Uint8Array(0x10000)

/** The script class of one character (a code point), in the order the guess tests them. */
function scriptOf(ch: string): number {
  if (KANA.test(ch)) return KANA_
  if (HAN.test(ch)) return HAN_
  if (HANGUL.test(ch)) return HANGUL_
  if (CYRILLIC.test(ch)) return CYR_
  if (ARABIC.test(ch)) return AR_
  if (GREEK.test(ch)) return EL_
  if (HEBREW.test(ch)) return HE_
  if (THAI.test(ch)) return TH_
  return /\p{L}/u.test(ch) ? LETTER_ : OTHER_
}

/** How many characters of a page are enough to tell its language. */
export const LANG_SAMPLE = 20_000
const SAMPLE = LANG_SAMPLE

/**
 * Guess the language of a text: by script for scripts that name their
 * language, else by which stopword list covers most words. Returns a
 * 2-letter code, or null when nothing is convincing.
 */
export function detectLang(text: string): string | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  const counts = { han: 0, kana: 0, hangul: 0, cyr: 0, ar: 0, el: 0, he: 0, th: 0, letters: 0 }
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i)
    // ASCII belongs to none of the scripts below: only its letters count.
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) counts.letters++
      continue
    }
    let kind: number
    const low = code >= 0xd800 && code <= 0xdbff ? sample.charCodeAt(i + 1) : 0
    if (low >= 0xdc00 && low <= 0xdfff) {
      // A character beyond the BMP: classified each time (rare).
      kind = scriptOf(sample.slice(i, i + 2))
      i++
    } else {
      kind = SCRIPT_UNITS[code] as number
      if (kind === 0) {
        kind = scriptOf(String.fromCharCode(code))
        SCRIPT_UNITS[code] = kind
      }
    }
    if (kind === KANA_) counts.kana++
    else if (kind === HAN_) counts.han++
    else if (kind === HANGUL_) counts.hangul++
    else if (kind === CYR_) counts.cyr++
    else if (kind === AR_) counts.ar++
    else if (kind === EL_) counts.el++
    else if (kind === HE_) counts.he++
    else if (kind === TH_) counts.th++
    else if (kind === LETTER_) counts.letters++
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
