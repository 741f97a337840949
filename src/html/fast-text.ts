/**
 * Text for the fast tokenizer (`./fast-tokenizer.ts`): character references
 * decoded as parse5's tokenizer decodes them (the same `entities` decoder,
 * driven the same way, in text or attribute mode), and character tokens cut
 * as parse5 cuts them.
 *
 * parse5 emits text as maximal runs of whitespace (space, tab, LF, FF, CR)
 * and of other characters. The parser handles a whitespace token and a
 * character token alike, apart from `framesetOk` (which any character token
 * in the text clears either way), in the insertion modes of `MERGEABLE`
 * outside foreign content, and when no newline after `<pre>`, `<listing>`
 * or `<textarea>` is to be skipped (only a whitespace token's first LF is):
 * `characterInBody` vs `whitespaceCharacterInBody`, or `_insertCharacters`
 * for both, which appends to the text node before it. There a text is sent
 * as one token; elsewhere as parse5's runs.
 */
import { DecodingMode, HtmlEntityDecoder } from 'entities/decode'
import { InsertionMode, Token } from 'parse5'
import { isSpace } from './char-codes.js'

/** What of parse5's parser the text emission reads and calls. */
export interface TextSink {
  readonly insertionMode: InsertionMode
  readonly skipNextNewLine: boolean
  readonly tokenizer: { readonly inForeignNode: boolean }
  onCharacter(token: Token.CharacterToken): void
  onWhitespaceCharacter(token: Token.CharacterToken): void
}

const { CHARACTER, WHITESPACE_CHARACTER } = Token.TokenType

/** Insertion modes whose handling of a character token equals that of a whitespace token. */
const MERGEABLE = new Set<InsertionMode>([
  InsertionMode.IN_BODY,
  InsertionMode.IN_CAPTION,
  InsertionMode.IN_CELL,
  InsertionMode.IN_TEMPLATE,
  InsertionMode.TEXT,
  InsertionMode.IN_SELECT,
  InsertionMode.IN_SELECT_IN_TABLE,
])

/**
 * `text` as a string of its own. V8 cuts a slice of 13 characters or more
 * as a view into the string it comes from, which keeps that string alive:
 * text and attributes cut from the page would keep every page alive for as
 * long as an article holds any of them (200 kept wcxb-dev articles held
 * 162 MB instead of 65). A concatenation is copied into a string of its
 * own when it is sliced, as parse5's tokenizer does.
 */
export function own(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1)
}

/** What the decoder emitted for the reference being read. */
let decoded = ''
const decoder = new HtmlEntityDecoder((cp) => {
  decoded += String.fromCodePoint(cp)
})

/**
 * `s` from `start` to `stop` with its character references decoded by the
 * decoder parse5's tokenizer drives, driven the same way: in attribute mode
 * (`attribute`) or as text, and reading `s` on past `stop` as parse5 reads
 * its input (the character there, `<`, a quote, white space or `>`, ends
 * any reference; the end of `s` is the end of the page).
 */
export function decodeRange(s: string, start: number, stop: number, attribute: boolean): string {
  const text = s.slice(start, stop)
  let amp = text.indexOf('&')
  if (amp < 0) return text
  let out = ''
  let last = 0
  while (amp >= 0) {
    decoder.startEntity(attribute ? DecodingMode.Attribute : DecodingMode.Legacy)
    decoded = ''
    let used = decoder.write(s, start + amp + 1)
    if (used < 0) used = decoder.end()
    if (used > 0) {
      out += text.slice(last, amp) + decoded
      last = amp + used
      amp = text.indexOf('&', last)
    } else amp = text.indexOf('&', amp + 1)
  }
  return out + text.slice(last)
}

function send(sink: TextSink, text: string, space: boolean): void {
  const chars = own(text)
  if (space)
    sink.onWhitespaceCharacter({
      type: WHITESPACE_CHARACTER,
      chars,
      location: null,
    })
  else sink.onCharacter({ type: CHARACTER, chars, location: null })
}

/** Emit `text` (no NUL in it) as parse5's tokenizer would have. */
export function emitText(sink: TextSink, text: string): void {
  const n = text.length
  let i = 0
  while (i < n && isSpace(text.charCodeAt(i))) i++
  if (i === n) {
    send(sink, text, true)
    return
  }
  if (!sink.tokenizer.inForeignNode && !sink.skipNextNewLine && MERGEABLE.has(sink.insertionMode)) {
    send(sink, text, false)
    return
  }
  let start = 0
  let space = i > 0
  for (let at = i; at <= n; at++) {
    const here = at < n && isSpace(text.charCodeAt(at))
    if (at === n || here !== space) {
      if (at > start) send(sink, text.slice(start, at), space)
      start = at
      space = here
    }
  }
}
