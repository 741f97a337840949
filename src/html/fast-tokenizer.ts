/**
 * A tokenizer that feeds parse5's own tree construction (its `Parser`, the
 * handler of its `Tokenizer`) with the tokens parse5's tokenizer would emit,
 * found by jumping with `indexOf` and cut with `slice` instead of read one
 * code point at a time: on wcxb-dev pages parse5's tokenizer is three
 * quarters of its parse time.
 *
 * It covers the common subset of HTML exactly and gives up (returns null,
 * and the page is parsed by parse5 alone) on anything outside it: a NUL,
 * `<plaintext>`, CDATA in foreign content, and anything unterminated (a
 * tag, comment, doctype or bogus comment open at the end). Giving up costs time, never output.
 *
 * What it reproduces (parse5 8.1.1's tokenizer): CR and CRLF read as LF;
 * tag and attribute names lower-cased in ASCII only; a repeated attribute
 * dropped; character references decoded by the same decoder parse5 uses,
 * in text or attribute mode; text cut into runs of whitespace and of other
 * characters (merged into one token only in insertion modes where parse5
 * treats both alike, `./fast-text.ts`); comments with their odd ends
 * (`<!-->`, `<!--->`, `--!>`), bogus comments (`<?`, `<!x`, `</ `), a `<`
 * that opens nothing, `</>`; doctypes (read by parse5's own tokenizer);
 * and the raw-text elements whose end is their own end tag only, which the
 * parser announces by setting `tokenizer.state` after their start tag
 * (a script's end through its escaped states: `./script-data.ts`).
 */
import {
  type DefaultTreeAdapterMap,
  html,
  Parser,
  Token,
  Tokenizer,
  TokenizerMode,
  type TreeAdapterTypeMap,
} from 'parse5'
import {
  BANG,
  DQUOTE,
  EQUALS,
  GT,
  isAsciiLetter,
  isSpace,
  QUESTION,
  SLASH,
  SQUOTE,
} from './char-codes.js'
import { decodeRange, emitText, own, type TextSink } from './fast-text.js'
import { scriptEnd } from './script-data.js'

type Document = DefaultTreeAdapterMap['document']

// Read once: parse5's namespaces are objects of getters when loaded through a transpiler.
const { getTagID } = html
const { COMMENT, END_TAG, EOF, START_TAG } = Token.TokenType
const { DATA, RAWTEXT, RCDATA, SCRIPT_DATA } = TokenizerMode

const UPPER = /[A-Z]/
const UPPER_ALL = /[A-Z]/g

/** ASCII lower case only, as parse5 folds names (`İ` stays). */
function lowerAscii(name: string): string {
  return UPPER.test(name) ? name.replace(UPPER_ALL, (ch) => ch.toLowerCase()) : name
}

/** The page does not fit the subset: parse it with parse5 alone. */
class GiveUp extends Error {}

/** The doctype token parse5's own tokenizer reads from `<!doctype …>`. */
function doctypeToken(source: string): Token.DoctypeToken {
  let found: Token.DoctypeToken | null = null
  const ignore = () => {}
  const tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: false },
    {
      onDoctype: (token) => {
        found = token
      },
      onStartTag: ignore,
      onEndTag: ignore,
      onComment: ignore,
      onCharacter: ignore,
      onWhitespaceCharacter: ignore,
      onNullCharacter: ignore,
      onEof: ignore,
    },
  )
  tokenizer.write(source, true)
  if (found === null) throw new GiveUp()
  return found
}

/**
 * The document parse5 builds from the joined `parts` (its default tree),
 * built with this tokenizer; null when the page holds something it leaves
 * to parse5.
 */
export function fastParse(parts: readonly string[], scriptingEnabled: boolean): Document | null {
  return fastParseWith(new Parser<DefaultTreeAdapterMap>({ scriptingEnabled }), parts)
}

/**
 * The document `parser` (a new one, with its options and tree adapter)
 * builds from the joined `parts`, fed by this tokenizer; null when the page
 * holds something it leaves to parse5. (Closures rather than a class:
 * their names minify.)
 */
export function fastParseWith<T extends TreeAdapterTypeMap>(
  parser: Parser<T>,
  parts: readonly string[],
): T['document'] | null {
  const { tokenizer } = parser
  const sink = parser as unknown as TextSink
  /** Decoded text read since the last token, not yet emitted. */
  let pending = ''
  let lastStartTag = ''
  /**
   * The last search for `--!>`: in `bangIn` from `bangFrom`, found at
   * `bangAt` (-1: none from there on). Most pages hold none, and searching
   * anew at every comment read the rest of the page each time.
   */
  let bangIn = ''
  let bangFrom = 0
  let bangAt = -1

  /** `s.indexOf('--!>', from)`, from the last search when it still holds. */
  function nextBang(s: string, from: number): number {
    if (s !== bangIn || from < bangFrom || (bangAt >= 0 && bangAt < from)) {
      bangIn = s
      bangFrom = from
      bangAt = s.indexOf('--!>', from)
    }
    return bangAt
  }

  function flush(): void {
    if (pending === '') return
    const text = pending
    pending = ''
    emitText(sink, text)
  }

  function comment(data: string): void {
    flush()
    parser.onComment({ type: COMMENT, data: own(data), location: null })
  }

  /**
   * Read a tag's attributes from `i` (just past its name) to its `>`, and
   * emit it. Returns the index past the `>`.
   */
  function tag(s: string, i: number, tagName: string, end: boolean): number {
    const n = s.length
    const attrs: Token.Attribute[] = []
    let names: Set<string> | null = null
    let selfClosing = false
    for (;;) {
      if (i >= n) throw new GiveUp()
      let c = s.charCodeAt(i)
      if (isSpace(c)) {
        i++
        continue
      }
      if (c === SLASH) {
        if (i + 1 >= n) throw new GiveUp()
        if (s.charCodeAt(i + 1) === GT) {
          selfClosing = true
          i += 2
          break
        }
        i++
        continue
      }
      if (c === GT) {
        i++
        break
      }
      // An attribute name: its first character may be '='.
      const nameStart = i++
      while (i < n) {
        c = s.charCodeAt(i)
        if (isSpace(c) || c === SLASH || c === GT || c === EQUALS) break
        i++
      }
      const name = lowerAscii(s.slice(nameStart, i))
      while (i < n && isSpace(s.charCodeAt(i))) i++
      if (i >= n) throw new GiveUp()
      let value = ''
      if (s.charCodeAt(i) === EQUALS) {
        i++
        while (i < n && isSpace(s.charCodeAt(i))) i++
        if (i >= n) throw new GiveUp()
        c = s.charCodeAt(i)
        if (c === DQUOTE || c === SQUOTE) {
          const close = s.indexOf(c === DQUOTE ? '"' : "'", i + 1)
          if (close < 0) throw new GiveUp()
          value = decodeRange(s, i + 1, close, true)
          i = close + 1
        } else if (c !== GT) {
          const start = i
          while (i < n) {
            c = s.charCodeAt(i)
            if (isSpace(c) || c === GT) break
            i++
          }
          if (i >= n) throw new GiveUp()
          value = decodeRange(s, start, i, true)
        }
      }
      // A repeated name is dropped; past 64 names a set keeps this linear.
      let duplicate = false
      if (names !== null) duplicate = names.has(name)
      else
        for (const attr of attrs)
          if (attr.name === name) {
            duplicate = true
            break
          }
      if (!duplicate) {
        attrs.push({ name: own(name), value: own(value) })
        if (names !== null) names.add(name)
        else if (attrs.length > 64) names = new Set(attrs.map((attr) => attr.name))
      }
    }
    flush()
    const token: Token.TagToken = {
      type: end ? END_TAG : START_TAG,
      tagName,
      tagID: getTagID(tagName),
      selfClosing,
      ackSelfClosing: false,
      attrs,
      location: null,
    }
    tokenizer.state = DATA
    if (end) parser.onEndTag(token)
    else {
      lastStartTag = tagName
      parser.onStartTag(token)
    }
    return i
  }

  /** Read markup from `lt` (a `<`); the index to go on from, or -1 when it opens nothing. */
  function markup(s: string, lt: number): number {
    const n = s.length
    const next = s.charCodeAt(lt + 1)
    if (isAsciiLetter(next) || (next === SLASH && isAsciiLetter(s.charCodeAt(lt + 2)))) {
      const start = next === SLASH ? lt + 2 : lt + 1
      let i = start + 1
      while (i < n) {
        const c = s.charCodeAt(i)
        if (isSpace(c) || c === SLASH || c === GT) break
        i++
      }
      return tag(s, i, own(lowerAscii(s.slice(start, i))), next === SLASH)
    }
    if (next === BANG) {
      if (s.startsWith('--', lt + 2)) {
        const j = lt + 4
        if (s.charCodeAt(j) === GT) {
          comment('')
          return j + 1
        }
        if (s.startsWith('->', j)) {
          comment('')
          return j + 2
        }
        const close = s.indexOf('-->', j)
        const bang = nextBang(s, j)
        if (close < 0 && bang < 0) throw new GiveUp()
        if (bang >= 0 && (close < 0 || bang < close)) {
          comment(s.slice(j, bang))
          return bang + 4
        }
        comment(s.slice(j, close))
        return close + 3
      }
      const gt = s.indexOf('>', lt + 2)
      if (gt < 0) throw new GiveUp()
      if (lowerAscii(s.slice(lt + 2, lt + 9)) === 'doctype') {
        flush()
        parser.onDoctype(doctypeToken(own(s.slice(lt, gt + 1))))
        return gt + 1
      }
      if (s.startsWith('[CDATA[', lt + 2) && tokenizer.inForeignNode) throw new GiveUp()
      comment(s.slice(lt + 2, gt))
      return gt + 1
    }
    if (next === QUESTION || (next === SLASH && lt + 2 < n && s.charCodeAt(lt + 2) !== GT)) {
      const gt = s.indexOf('>', lt + 2)
      if (gt < 0) throw new GiveUp()
      comment(s.slice(next === QUESTION ? lt + 1 : lt + 2, gt))
      return gt + 1
    }
    return -1
  }

  /** Tokenize one part in the data state, from `pos`; where the part (or page) ends. */
  function data(s: string, pos: number): number {
    const n = s.length
    let textStart = pos
    let from = pos
    while (from < n) {
      const lt = s.indexOf('<', from)
      if (lt < 0) break
      // `</>` is dropped without ending the text run around it.
      if (s.charCodeAt(lt + 1) === SLASH && s.charCodeAt(lt + 2) === GT) {
        pending += decodeRange(s, textStart, lt, false)
        textStart = from = lt + 3
        continue
      }
      const before = pending
      pending += decodeRange(s, textStart, lt, false)
      const after = markup(s, lt)
      if (after < 0) {
        pending = before
        from = lt + 1
        continue
      }
      textStart = from = after
      if (tokenizer.state !== DATA) return after
    }
    pending += decodeRange(s, textStart, n, false)
    return n
  }

  /**
   * The content of a raw-text or RCDATA element from `pos` up to its end
   * tag, then that end tag; where to go on from.
   */
  function raw(s: string, pos: number, state: number): number {
    if (state !== RCDATA && state !== RAWTEXT) {
      if (state !== SCRIPT_DATA) throw new GiveUp()
    }
    const name = lastStartTag
    let at: number
    if (state === SCRIPT_DATA) {
      if (name !== 'script') throw new GiveUp()
      at = scriptEnd(s, pos)
    } else {
      at = s.indexOf('</', pos)
      while (at >= 0) {
        const after = at + 2 + name.length
        const c = s.charCodeAt(after)
        if ((isSpace(c) || c === SLASH || c === GT) && lowerAscii(s.slice(at + 2, after)) === name)
          break
        at = s.indexOf('</', at + 2)
      }
    }
    const stop = at < 0 ? s.length : at
    pending += state === RCDATA ? decodeRange(s, pos, stop, false) : s.slice(pos, stop)
    if (at < 0) return s.length
    return tag(s, at + 2 + name.length, name, true)
  }

  /** Tokenize the parts of a page; the document, or null when it gives up. */
  function run(): T['document'] | null {
    try {
      for (let p = 0; p < parts.length; p++) {
        let s = parts[p] as string
        if (s.includes('\0')) return null
        if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n')
        let pos = 0
        while (pos < s.length) {
          const state = tokenizer.state
          pos = state === DATA ? data(s, pos) : raw(s, pos, state)
        }
        // A part ends right after a start tag (`./drop-raw-text.ts`): no token may cross it.
        if (p < parts.length - 1 && pending !== '') return null
      }
      flush()
      parser.onEof({ type: EOF, location: null })
      return parser.document
    } catch (error) {
      if (error instanceof GiveUp) return null
      throw error
    }
  }
  return run()
}
