/**
 * Text for the fast tokenizer (`./fast-tokenizer.ts`): character references
 * decoded as parse5's tokenizer decodes them (the same `entities` decoder,
 * in text or attribute mode), and character tokens cut as parse5 cuts them.
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
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode'
import { InsertionMode, Token } from 'parse5'

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

/** Text in the data or RCDATA state, its references decoded. */
export function decodeText(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text
}

/** An attribute value, its references decoded in attribute mode. */
export function decodeAttribute(value: string): string {
  return value.includes('&') ? decodeHTMLAttribute(value) : value
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d
}

function send(sink: TextSink, chars: string, space: boolean): void {
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
