/**
 * A plain text that is already an article: the `text` of a result, an edited
 * document. Such a text is laid out in paragraphs, blank lines between them
 * (as a writer lays text out and a scraper's one-line-per-block dump does
 * not), and no rule that names a kind of boilerplate finds any in it. The
 * statistical rules (the context rule, repeated lines and blocks) would then
 * only drop short paragraphs, list items and table rows that an earlier
 * cleaning kept on their markup: cleaning the text of an HTML result again
 * dropped 12 % of its words on trafilatura-dev (docs/benchmarks.md).
 */
import type { Block, Rule } from '../types.js'
import { referencesStart } from './dump.js'

/** Lines of the middle paragraph up to which a text reads as paragraphs. */
export const PARAGRAPH_LINES = 2

/** A paragraph: lines `[start, end)` of the text, none blank. */
export interface Paragraph {
  readonly start: number
  end: number
  readonly lines: string[]
}

/** The paragraphs of a text: its runs of non-blank lines. */
export function paragraphsOf(lines: readonly string[]): Paragraph[] {
  const out: Paragraph[] = []
  let open: Paragraph | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line.trim() === '') {
      open = null
      continue
    }
    if (!open) {
      open = { start: i, end: i, lines: [] }
      out.push(open)
    }
    open.lines.push(line)
    open.end = i + 1
  }
  return out
}

/**
 * Whether a text is laid out in paragraphs: two or more, parted by blank
 * lines, most of them of one or two lines (a list or a table is one
 * paragraph of many lines; a dump with a stray blank line is one or two
 * paragraphs of hundreds).
 */
export function laidOutInParagraphs(lines: readonly string[]): boolean {
  // A text browser's dump carries its links: it is a page, not an article.
  if (referencesStart(lines) >= 0) return false
  const paragraphs = paragraphsOf(lines)
  if (paragraphs.length < 2) return false
  const sizes = paragraphs.map((p) => p.lines.length).sort((a, b) => a - b)
  return (sizes[(sizes.length - 1) >> 1] ?? 0) <= PARAGRAPH_LINES
}

/**
 * Whether a text laid out in paragraphs is already clean: read line by line,
 * nothing was dropped by a rule that judges what a block says (`dropped`:
 * the rule of every drop; aggressive rules judge by statistics).
 */
export function alreadyClean(dropped: Iterable<Rule>): boolean {
  for (const rule of dropped) if (!rule.aggressive) return false
  return true
}

/** Share of a text's words, in paragraphs repeating an earlier one, above which it is no article. */
export const MAX_REPEATED = 0.5

/**
 * Whether most of a text's words stand in paragraphs that repeat an earlier
 * one word for word: a page of copies (a carousel, a pasted loop) is not
 * an article, however clean each copy reads.
 */
export function mostlyRepeated(blocks: readonly Block[]): boolean {
  const seen = new Set<string>()
  let words = 0
  let repeated = 0
  for (const block of blocks) {
    const key = block.text.toLowerCase().replace(/\s+/g, ' ')
    words += block.words
    if (seen.has(key)) repeated += block.words
    else seen.add(key)
  }
  return repeated > words * MAX_REPEATED
}
