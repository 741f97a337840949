/**
 * Text-browser dumps (`lynx -dump`, `w3m -dump` with link numbers): every
 * link is marked in the text with its number (`[12]Home`), and the link
 * targets follow the page as a numbered list under a `References` line.
 *
 * Decision: in a dump, the `[n]` markers are the renderer's, not the page's
 * words, so they are taken out of the kept text; each marker counts as the
 * start of a link when a block's link density is estimated. The references
 * list is one block of link targets (link density 1), which the context rule
 * drops like any link list: it is in the ledger, not in the article. Outside
 * a dump (no references list at the end), `[1]` stays as written: in a
 * copied page it is a footnote mark.
 */

/** The line that opens the link list: `References` (lynx), `References:` (w3m). */
const REFERENCES = /^\s*References:?\s*$/
/** A numbered link target: `1. https://…` (lynx), `[1] https://…` or `[1]: …` (w3m). */
const TARGET = /^\s*(?:\d{1,5}\.|\[\d{1,5}\]:?)\s+\S+:\S*\s*$/
/** lynx's sub-headings inside the list. */
const LIST_LABEL = /^\s*(?:Visible|Hidden) links:?\s*$/
/** A link marker in the text: `[12]`, and lynx's inline image and form marks. */
const MARKER = /\[(?:\d{1,5}|IMG|INLINE|BUTTON|EMBED)\]/g
/** lynx draws a text field as a run of underscores. */
const FIELD = /_{4,}/g
/** Words a marker is taken to cover: menu items and inline links are one to three words. */
const WORDS_PER_LINK = 2.5

/**
 * The line index where a dump's references list starts, or -1 when the text
 * is not a dump: a `References` line followed (blank lines and lynx's
 * `Visible links:` apart) by numbered link targets to the end.
 */
export function referencesStart(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!REFERENCES.test(lines[i] ?? '')) continue
    let targets = 0
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j] ?? ''
      if (line.trim() === '' || LIST_LABEL.test(line)) continue
      if (!TARGET.test(line)) return -1
      targets++
    }
    return targets > 0 ? i : -1
  }
  return -1
}

/** Text without the dump's link markers and form fields, whitespace left to the caller. */
export function stripMarkers(text: string): string {
  return text.replace(MARKER, '').replace(FIELD, ' ')
}

/**
 * Share of a block's words that sit in links, from its markers: a dump says
 * where a link starts but not where it ends, so each marker is taken to
 * cover a couple of words. A row of menu links scores 1, a paragraph with
 * two inline links about 0.1.
 */
export function markerLinkDensity(text: string, words: number): number {
  if (words === 0) return 0
  const markers = (text.match(MARKER) ?? []).filter((m) => /\d/.test(m)).length
  return Math.min(1, (markers * WORDS_PER_LINK) / words)
}

/**
 * The indentation of body text, when nearly all prose lines share one of at
 * least two spaces (lynx indents paragraphs by three and starts headings at
 * the margin); else -1.
 */
export function bodyIndent(lines: readonly string[]): number {
  const counts = new Map<number, number>()
  let total = 0
  for (const line of lines) {
    if (line.trim().length < 40) continue
    const indent = line.length - line.trimStart().length
    counts.set(indent, (counts.get(indent) ?? 0) + 1)
    total++
  }
  let best = -1
  let bestCount = 0
  for (const [indent, count] of counts) {
    if (count > bestCount) {
      best = indent
      bestCount = count
    }
  }
  return best >= 2 && total >= 3 && bestCount >= total * 0.6 ? best : -1
}
