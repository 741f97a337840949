/**
 * Text features computed once per block, shared by text and HTML segmentation.
 */
import { STOPWORDS } from './lang/stopwords.js'

/** Words as the benchmarks count them: runs of letters, digits, marks and `_`. */
const WORD = /[\p{L}\p{N}\p{Mn}\p{Mc}_]+/gu
/** Scripts written without spaces: every two characters count as a word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu
const BEYOND_THAI = /[\u0e00-\uffff]/
const HAS_UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u

/** The words of a text (no lower-casing). */
export function wordsOf(text: string): string[] {
  const out: string[] = []
  let start = -1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    let word: boolean
    if (c < 128)
      word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95
    else if (c < CLASSIFIED) word = isWordUnit(c)
    // CJK and astral characters: the regex, which reads code points.
    else return text.match(WORD) ?? []
    if (word) {
      if (start < 0) start = i
    } else if (start >= 0) {
      out.push(text.slice(start, i))
      start = -1
    }
  }
  if (start >= 0) out.push(text.slice(start))
  return out
}

/**
 * The number of words of a text written without Thai, CJK or astral
 * characters (which `countWords` counts its own way), or -1 for any other.
 */
function countPlainWords(text: string): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    let word: boolean
    if (c < 128)
      word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95
    else if (c >= 0x2e80 || (c >= 0x0e00 && c <= 0x0e7f)) return -1
    else word = isWordUnit(c)
    if (word && !inWord) count++
    inWord = word
  }
  return count
}

/** Code units below this are classified one by one (no surrogates, no CJK). */
const CLASSIFIED = 0x3000
/** Whether each code unit below CLASSIFIED is a word character: 0 not yet known, 1 yes, 2 no. */
const WORD_UNITS = new Uint8Array(CLASSIFIED)
const WORD_CHAR = /^[\p{L}\p{N}\p{Mn}\p{Mc}_]$/u

function isWordUnit(c: number): boolean {
  let known = WORD_UNITS[c] as number
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2
    WORD_UNITS[c] = known
  }
  return known === 1
}

/** Characters other than letters, digits, marks and spaces (code points, as a `u` regex counts them). */
const SYMBOL = /[^\p{L}\p{N}\p{M}\s]/gu
const SYMBOL_CHAR = /^[^\p{L}\p{N}\p{M}\s]$/u
/** Whether each code unit below CLASSIFIED is a symbol: 0 not yet known, 1 yes, 2 no. */
const SYMBOL_UNITS = new Uint8Array(CLASSIFIED)

/** The number of symbols in a text: neither letters, digits, marks nor whitespace. */
export function countSymbols(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 128) {
      // Not a letter, a digit or ASCII whitespace (tab to carriage return, space).
      if (
        !(
          (c >= 97 && c <= 122) ||
          (c >= 65 && c <= 90) ||
          (c >= 48 && c <= 57) ||
          c === 32 ||
          (c >= 9 && c <= 13)
        )
      )
        count++
      continue
    }
    // CJK and astral characters: the regex, which reads code points.
    if (c >= CLASSIFIED) return text.match(SYMBOL)?.length ?? 0
    let known = SYMBOL_UNITS[c] as number
    if (known === 0) {
      known = SYMBOL_CHAR.test(String.fromCharCode(c)) ? 1 : 2
      SYMBOL_UNITS[c] = known
    }
    if (known === 1) count++
  }
  return count
}

/**
 * Word count, with scripts that use no spaces counted as one word per two
 * characters so that Chinese and Japanese blocks get comparable counts.
 */
export function countWords(text: string): number {
  const plain = countPlainWords(text)
  if (plain >= 0) return plain
  const words = wordsOf(text)
  if (words.length === 0) return 0
  // Thai, Han, Hiragana and Katakana all lie at U+0E00 and above.
  if (!BEYOND_THAI.test(text)) return words.length
  const unspaced = text.match(UNSPACED)?.length ?? 0
  if (unspaced === 0) return words.length
  // A run of CJK characters is one regex "word"; replace it by chars / 2.
  let runs = 0
  for (const w of words) if (HAS_UNSPACED.test(w)) runs++
  return Math.max(1, words.length - runs + Math.ceil(unspaced / 2))
}

/** Share of words that are stopwords of `lang` (0 when the language has no list). */
export function stopwordDensity(text: string, lang: string | null): number {
  const set = lang ? STOPWORDS.get(lang) : undefined
  if (!set) return 0
  const lower = text.toLowerCase()
  const table = tableOf(set)
  const longest = table.longest
  // The words of `wordsOf`, counted in place; those short enough to be a stopword
  // are looked up by a hash of their characters, without cutting them out.
  let words = 0
  let hits = 0
  let start = -1
  let hash = 0
  for (let i = 0; i <= lower.length; i++) {
    let word = false
    let c = 0
    if (i < lower.length) {
      c = lower.charCodeAt(i)
      if (c < 128)
        word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95
      else if (c < CLASSIFIED) word = isWordUnit(c)
      // CJK and astral characters: the words as `wordsOf` finds them.
      else return densityIn(wordsOf(lower), set)
    }
    if (word) {
      if (start < 0) {
        start = i
        hash = 0
      }
      hash = (Math.imul(hash, 31) + c) | 0
    } else if (start >= 0) {
      words++
      if (i - start <= longest && holds(table, lower, start, i, hash)) hits++
      start = -1
    }
  }
  return words === 0 ? 0 : hits / words
}

function densityIn(words: readonly string[], set: ReadonlySet<string>): number {
  if (words.length === 0) return 0
  let hits = 0
  for (const w of words) if (set.has(w)) hits++
  return hits / words.length
}

/**
 * A stopword list as an open-addressing table by a hash of each word's
 * characters (`hashOf`), so that a word of a text is looked up where it
 * stands, without a string cut out for it.
 */
interface WordTable {
  readonly slots: readonly (string | undefined)[]
  readonly mask: number
  /** The length of the longest word. */
  readonly longest: number
}

const TABLES = new Map<ReadonlySet<string>, WordTable>()

function hashOf(word: string): number {
  let hash = 0
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0
  return hash
}

function tableOf(set: ReadonlySet<string>): WordTable {
  let table = TABLES.get(set)
  if (table === undefined) {
    let size = 8
    while (size < set.size * 4) size *= 2
    const slots: (string | undefined)[] = new Array(size).fill(undefined)
    let longest = 0
    for (const word of set) {
      longest = Math.max(longest, word.length)
      let slot = hashOf(word) & (size - 1)
      while (slots[slot] !== undefined) slot = (slot + 1) & (size - 1)
      slots[slot] = word
    }
    table = { slots, mask: size - 1, longest }
    TABLES.set(set, table)
  }
  return table
}

/** Whether `text` from `start` to `end` (whose `hashOf` is `hash`) is a word of the table. */
function holds(table: WordTable, text: string, start: number, end: number, hash: number): boolean {
  const length = end - start
  for (let slot = hash & table.mask; ; slot = (slot + 1) & table.mask) {
    const word = table.slots[slot]
    if (word === undefined) return false
    if (word.length !== length) continue
    let same = true
    for (let j = 0; j < length && same; j++)
      same = word.charCodeAt(j) === text.charCodeAt(start + j)
    if (same) return true
  }
}

/** Control characters other than whitespace: never text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]+/g

/** The text without its control characters (tabs and line ends stay). */
export function withoutControls(text: string): string {
  return text.replace(CONTROL, '')
}

/** Soft hyphens, zero-width spaces and joiners, byte order marks: line-break hints, not text. */
const BREAK_HINTS = /[\u00ad\u200b\u2060\ufeff]/g

/** The text without its line-break hints ("Dead\u00adline" reads "Deadline"). */
export function withoutBreakHints(text: string): string {
  return text.replace(BREAK_HINTS, '')
}

/**
 * A line as written, for a text given back as it stands: control characters
 * out, every odd space (no-break, ideographic, tab between words…) a plain
 * space, the end trimmed; its indentation and its runs of spaces kept (code).
 */
export function asWritten(line: string): string {
  const clean = line.replace(CONTROL, '')
  const indent = /^[ \t]*/.exec(clean)?.[0] ?? ''
  return (
    indent +
    clean
      .slice(indent.length)
      .replace(/[^\S ]/g, ' ')
      .trimEnd()
  )
}

/** White space other than a single space: a run of two, or any other space character. */
const ODD_SPACE = /[^\S ]| {2}/

/** Collapse runs of whitespace to one space, drop control characters, and trim. */
export function collapse(text: string): string {
  const clean = text.replace(CONTROL, '')
  // Most texts space their words with single spaces: nothing to replace, no copy.
  return (ODD_SPACE.test(clean) ? clean.replace(/\s+/g, ' ') : clean).trim()
}

/** A code unit `CONTROL` removes. */
function isControl(c: number): boolean {
  return c <= 8 || (c >= 0x0e && c <= 0x1f) || c === 0x7f
}

/** `collapse(text).length`, counted without making the string. */
export function collapsedLength(text: string): number {
  let length = 0
  // Whitespace met since the last character kept (control characters count as absent).
  let gap = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isControl(c)) continue
    if (isSpace(c)) gap = true
    else {
      // A run of whitespace between two characters is one space; at either end, none.
      if (gap && length > 0) length++
      gap = false
      length++
    }
  }
  return length
}

/** The code unit is whitespace to `\s` (and to `String.prototype.trim`). */
export function isSpace(c: number): boolean {
  if (c === 32) return true
  if (c < 160) return c >= 9 && c <= 13
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** A sentence's final marks, and what may close it after its mark (with whitespace). */
const FINAL_MARKS = '.!?…:;。！？'
const CLOSERS = '"\'”’»)]'

/**
 * Ends like a sentence: . ! ? … or their CJK forms, optionally inside
 * closing quotes/brackets (`/[.!?…。！？:;][\s"'”’»)\]]*$/u`, read backwards
 * from the end instead of tried at every position; no mark is a closing
 * character, so the last character that is not one decides).
 */
export function endsLikeSentence(text: string): boolean {
  let i = text.length - 1
  while (i >= 0 && (isSpace(text.charCodeAt(i)) || CLOSERS.includes(text[i] as string))) i--
  return i >= 0 && FINAL_MARKS.includes(text[i] as string)
}
