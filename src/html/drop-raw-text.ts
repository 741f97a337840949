/**
 * Empty the `<script>` and `<style>` elements of a page before parse5 reads
 * it. Half the characters of a typical page are inline scripts and styles
 * (51 % on 400 wcxb-dev pages), and parse5's tokenizer walks them one code
 * point at a time only for the pipeline to throw them away; a scan that jumps
 * from `<` to `<` with `indexOf` finds them for a fraction of that cost.
 *
 * The scan follows the tokenizer's states that decide where a `<script>`
 * really starts: comments, doctypes and bogus comments, quoted attribute
 * values, and the raw-text and RCDATA elements whose content is not markup.
 * Only the content between a script's or style's start tag and its end tag
 * is removed, so parse5 builds the same tree with those elements empty.
 * JSON-LD scripts are kept: the metadata reads them. It knows one by its
 * `type`, `application/ld+json` once parsed, so a script is kept when its
 * start tag says `ld+json` or holds a character reference (a type escaped
 * as `ld&#x2B;json`); other JSON (a framework's page state, 13 % of what
 * parse5 read on 400 wcxb-dev pages) is emptied like any script.
 *
 * Where the tokenizer could disagree with this scan it stops and leaves the
 * rest of the page as it was: a script holding `<!--` (the escaped states,
 * where `</script>` may not end it), `<plaintext>`, and anything
 * unterminated. Stopping early costs time, never text.
 */

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

/** Elements whose content the tokenizer reads as text until their end tag. */
const RAW = new Set([
  'script',
  'style',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'textarea',
  'title',
  'plaintext',
])

/** A start tag that may declare JSON-LD: it says so, or escapes something. */
const JSON_LD_TAG = /ld\+json|&/i

/** First letters (lower case) of the RAW names: most tags are ruled out without a slice. */
const RAW_FIRST = new Set([...RAW].map((name) => name.charCodeAt(0)))

/** Index of the first character after a tag name that starts at `from`. */
function nameEnd(html: string, from: number): number {
  let i = from
  while (i < html.length) {
    const c = html.charCodeAt(i)
    if (isSpace(c) || c === SLASH || c === GT) break
    i++
  }
  return i
}

/**
 * Index just past the `>` that closes a tag whose attributes start at `from`,
 * reading attribute values as the tokenizer does (a quote opens a value only
 * right after `=`); -1 when the page ends inside the tag.
 */
function tagEnd(html: string, from: number): number {
  const n = html.length
  let i = from
  while (i < n) {
    let c = html.charCodeAt(i)
    if (isSpace(c) || c === SLASH) {
      i++
      continue
    }
    if (c === GT) return i + 1
    // An attribute name (its first character may be '=').
    i++
    while (i < n) {
      c = html.charCodeAt(i)
      if (isSpace(c) || c === SLASH || c === GT || c === EQUALS) break
      i++
    }
    while (i < n && isSpace(html.charCodeAt(i))) i++
    if (html.charCodeAt(i) !== EQUALS) continue
    i++
    while (i < n && isSpace(html.charCodeAt(i))) i++
    c = html.charCodeAt(i)
    if (c === DQUOTE || c === SQUOTE) {
      const close = html.indexOf(c === DQUOTE ? '"' : "'", i + 1)
      if (close < 0) return -1
      i = close + 1
    } else {
      while (i < n) {
        c = html.charCodeAt(i)
        if (isSpace(c) || c === GT) break
        i++
      }
    }
  }
  return -1
}

/** Index of the `</name` that ends a raw-text element's content starting at `from`; -1 if none. */
function closingTag(html: string, name: string, from: number): number {
  let at = html.indexOf('</', from)
  while (at >= 0) {
    const after = at + 2 + name.length
    if (html.slice(at + 2, after).toLowerCase() === name) {
      const c = html.charCodeAt(after)
      if (isSpace(c) || c === SLASH || c === GT) return at
    }
    at = html.indexOf('</', at + 2)
  }
  return -1
}

/** The page with the content of its scripts (except JSON-LD) and styles removed. */
export function dropRawText(html: string): string {
  const parts = rawTextParts(html)
  return parts.length === 1 ? (parts[0] as string) : parts.join('')
}

/**
 * `dropRawText` as the parts of the page it keeps, in order, not joined
 * (`[html]` when nothing goes): a joined copy of a long page is one large
 * allocation the parser can do without (`src/html/parse.ts`).
 */
export function rawTextParts(html: string): string[] {
  const parts: string[] = []
  let copied = 0
  // The first `<!--` after the last script's start tag (-1: none left, -2:
  // not searched yet), searched again only once passed: not from every
  // script to the end of the page.
  let comment = -2
  let pos = 0
  while (pos < html.length) {
    const lt = html.indexOf('<', pos)
    if (lt < 0) break
    const next = html.charCodeAt(lt + 1)
    if (next === BANG) {
      if (html.startsWith('<!--', lt)) {
        if (html.startsWith('<!-->', lt) || html.startsWith('<!--->', lt)) {
          pos = lt + 4
          continue
        }
        const end = html.indexOf('-->', lt + 4)
        if (end < 0) break
        pos = end + 3
        continue
      }
      const end = html.indexOf('>', lt + 2)
      if (end < 0) break
      pos = end + 1
      continue
    }
    if (next === QUESTION || (next === SLASH && !isAsciiLetter(html.charCodeAt(lt + 2)))) {
      const end = html.indexOf('>', lt + 2)
      if (end < 0) break
      pos = end + 1
      continue
    }
    const start = next === SLASH ? lt + 2 : lt + 1
    if (!isAsciiLetter(html.charCodeAt(start))) {
      pos = lt + 1
      continue
    }
    const nameStop = nameEnd(html, start)
    const end = tagEnd(html, nameStop)
    if (end < 0) break
    pos = end
    const length = nameStop - start
    if (next === SLASH) continue
    if (length < 3 || length > 9 || !RAW_FIRST.has(html.charCodeAt(start) | 0x20)) continue
    const name = html.slice(start, nameStop).toLowerCase()
    if (!RAW.has(name)) continue
    if (name === 'plaintext') break
    const close = closingTag(html, name, end)
    if (close < 0) break
    if (name === 'script' || name === 'style') {
      if (name === 'script') {
        if (comment !== -1 && comment < end) comment = html.indexOf('<!--', end)
        if (comment >= 0 && comment < close) break
      }
      if (close > end && !(name === 'script' && JSON_LD_TAG.test(html.slice(lt, end)))) {
        parts.push(html.slice(copied, end))
        copied = close
      }
    }
    pos = close
  }
  if (copied === 0) return [html]
  parts.push(html.slice(copied))
  return parts
}
