/**
 * Tells HTML from plain text.
 *
 * Two kinds of evidence: how the document starts (a doctype or an `<html>`,
 * `<head>` or `<body>` tag after any BOM, whitespace and comments), and, for
 * fragments, whether common HTML tags are frequent enough in the first 64 KB
 * to be markup rather than a text that talks about a tag now and then.
 */

/** How much of the input is examined. */
const SAMPLE_CHARS = 65_536

/**
 * Tags that are common in real markup. Tags that Markdown documents often
 * embed inline (`kbd`, `sup`, `details`…) are left out on purpose: they still
 * count as well-formed tags, but not as evidence of HTML.
 */
const COMMON_TAGS = new Set([
  'html',
  'head',
  'body',
  'title',
  'meta',
  'link',
  'script',
  'style',
  'noscript',
  'p',
  'div',
  'span',
  'br',
  'hr',
  'a',
  'img',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'article',
  'section',
  'header',
  'footer',
  'nav',
  'main',
  'aside',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'form',
  'input',
  'button',
  'label',
  'iframe',
  'strong',
  'em',
  'b',
  'i',
  'u',
  'small',
])

/**
 * A well-formed start or end tag: a name, then attributes that are bare names
 * or `name=value` with the value quoted or not, then `>` or `/>`. Every part
 * stops at `<`, so matching stays linear.
 */
const TAG =
  /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))?)*)\s*\/?>/g

/** Lines that mark a Markdown document: headings, list items, quotes, tables. */
const MARKDOWN_LINE = /^(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>|\|.*\|$)/

const FENCE = /^(?:```|~~~)/

/**
 * Says whether `text` is HTML or plain text.
 *
 * A document that opens like HTML is HTML. Otherwise it is HTML only when
 * the first 64 KB hold at least three common tags and those tags look like
 * markup: most `<` characters start a well-formed tag, there is at least one
 * tag per five lines, they are not all on one line of a longer text, there
 * is a closing tag or an attribute (bare `<p>, <br>` are how prose mentions
 * tags), and Markdown structure does not outweigh them. So "use the <br>
 * tag", "a < b and c > d" or a README with an inline `<kbd>` stay text.
 * Linear in the sample size; never throws.
 */
export function detectFormat(text: string): 'html' | 'text' {
  if (typeof text !== 'string' || text.length === 0) return 'text'
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text
  try {
    return opensAsHtml(sample) || hasMarkup(sample) ? 'html' : 'text'
  } catch {
    return 'text'
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0xfeff
}

/** Skips BOM, whitespace, comments and an XML declaration, then looks at the first tag. */
function opensAsHtml(sample: string): boolean {
  let i = 0
  let sawXml = false
  while (i < sample.length) {
    while (i < sample.length && isSpace(sample.charCodeAt(i))) i++
    if (sample.startsWith('<!--', i)) {
      const close = sample.indexOf('-->', i + 4)
      if (close < 0) return false
      i = close + 3
      continue
    }
    const head = sample.slice(i, i + 16).toLowerCase()
    if (!sawXml && head.startsWith('<?xml')) {
      const close = sample.indexOf('?>', i + 5)
      if (close < 0) return false
      sawXml = true
      i = close + 2
      continue
    }
    if (/^<!doctype\s+html\b/.test(head)) return true
    if (/^<html[\s>/]|^<html$/.test(head)) return true
    if (sawXml) return false
    if (/^<(?:head|body)[\s>/]/.test(head)) return true
    // A page that opens with a head-only element (a bare script, style or meta) is markup.
    return /^<(?:script|style|meta|link|title|base|noscript|template)[\s>/]/.test(head)
  }
  return false
}

/** Counts tags line by line to tell a fragment of markup from prose about tags. */
function hasMarkup(sample: string): boolean {
  if (!sample.includes('<')) return false
  let lines = 0
  let markdownLines = 0
  let inFence = false
  let angles = 0
  let wellFormed = 0
  let common = 0
  let closing = 0
  let withValues = 0
  let taggedLines = 0

  let start = 0
  while (start < sample.length) {
    let end = sample.indexOf('\n', start)
    if (end < 0) end = sample.length
    const line = sample.slice(start, end)
    start = end + 1
    const trimmed = line.trim()
    if (trimmed === '') continue
    lines++
    if (FENCE.test(trimmed)) {
      inFence = !inFence
      markdownLines++
      continue
    }
    if (inFence) {
      markdownLines++
      continue
    }
    if (MARKDOWN_LINE.test(trimmed)) markdownLines++
    if (!line.includes('<')) continue

    for (let at = line.indexOf('<'); at >= 0; at = line.indexOf('<', at + 1)) angles++
    let tagged = false
    for (const match of line.matchAll(TAG)) {
      wellFormed++
      // `<br>` in backticks is Markdown code about a tag, not a tag.
      if (match.index > 0 && line.charCodeAt(match.index - 1) === 0x60) continue
      const name = (match[2] ?? '').toLowerCase()
      if (!COMMON_TAGS.has(name)) continue
      const isClosing = match[1] === '/'
      const attributes = match[3] ?? ''
      const hasValue = attributes.includes('=')
      // Prose like "if a<b and c>d" parses as a tag with bare attributes.
      if (attributes !== '' && !hasValue) continue
      if (name === 'a' && !isClosing && !hasValue) continue
      common++
      if (isClosing) closing++
      if (hasValue) withValues++
      tagged = true
    }
    if (tagged) taggedLines++
  }

  if (common < 3) return false
  if (wellFormed * 2 < angles) return false
  if (common * 5 < lines) return false
  if (taggedLines < 2 && lines > 2) return false
  if (closing === 0 && withValues === 0 && common < 5) return false
  if (markdownLines * 2 >= common) return false
  // A fragment of markup opens with a line of markup (starting with a tag and
  // ending with one), or has tags on most lines; a scraper's text that opens
  // with a title line and quotes tags further down (a tutorial about HTML,
  // "<table>: The Table element - HTML | MDN") is text.
  const firstLine = (sample.trimStart().split('\n', 1)[0] ?? '').trimEnd()
  const opensWithMarkup = firstLine.startsWith('<') && firstLine.endsWith('>')
  if (!opensWithMarkup && taggedLines * 2 < lines) return false
  return true
}
