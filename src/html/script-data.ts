/**
 * Where a script's content ends, as parse5's tokenizer finds it through the
 * script data states, for the fast tokenizer (`./fast-tokenizer.ts`).
 *
 * In plain script data the first `</script` followed by whitespace, `/` or
 * `>` (any case) ends the script. After `<!--` the script is *escaped*:
 * `</script` still ends it, `-->` (its dashes may be those of the `<!--`)
 * returns to plain script data, and `<script` followed by whitespace, `/` or
 * `>` makes it *double escaped*, where `</script…` only returns to escaped
 * and `-->` to plain script data. Text is all the states emit, so only the
 * end matters.
 */
import { GT, isSpace, SLASH } from './char-codes.js'

function isTagEnd(c: number): boolean {
  return isSpace(c) || c === SLASH || c === GT
}

/** Whether `s` holds, at `at`, the name `script` (any ASCII case) and then a tag end. */
function scriptNameAt(s: string, at: number): boolean {
  if (!isTagEnd(s.charCodeAt(at + 6))) return false
  for (let k = 0; k < 6; k++)
    if ((s.charCodeAt(at + k) | 0x20) !== 'script'.charCodeAt(k)) return false
  return true
}

/**
 * The next `<script…` (`open`) or `</script…` (`close`) from `from`, as the
 * index of its `<` (-1: none) and the index past its tag-end character.
 */
function nextScriptTag(s: string, from: number): { at: number; close: boolean } {
  let lt = s.indexOf('<', from)
  while (lt >= 0) {
    if (s.charCodeAt(lt + 1) === SLASH) {
      if (scriptNameAt(s, lt + 2)) return { at: lt, close: true }
    } else if (scriptNameAt(s, lt + 1)) return { at: lt, close: false }
    lt = s.indexOf('<', lt + 1)
  }
  return { at: -1, close: false }
}

const PLAIN = 0
const ESCAPED = 1
const DOUBLE = 2

/** Index of the `</` of the end tag that ends a script whose content starts at `pos`; -1 if none. */
export function scriptEnd(s: string, pos: number): number {
  let state = PLAIN
  let i = pos
  for (;;) {
    if (state === PLAIN) {
      let tag = nextScriptTag(s, i)
      while (tag.at >= 0 && !tag.close) tag = nextScriptTag(s, tag.at + 1)
      const open = s.indexOf('<!--', i)
      if (open < 0 || (tag.at >= 0 && tag.at < open)) return tag.at
      state = ESCAPED
      i = open + 2
      continue
    }
    const back = s.indexOf('-->', i)
    const tag = nextScriptTag(s, i)
    if (tag.at < 0 || (back >= 0 && back < tag.at)) {
      if (back < 0) return -1
      state = PLAIN
      i = back + 3
      continue
    }
    if (state === ESCAPED && tag.close) return tag.at
    if (state === ESCAPED) state = DOUBLE
    else if (tag.close) state = ESCAPED
    i = tag.at + (tag.close ? 9 : 8)
  }
}
