/**
 * An already clean text (`./already-clean.ts`) → blocks, one per paragraph,
 * as the text lays them out: the lines of a paragraph stay one block (a
 * list's items, a table's rows, lines parted by `<br>`), joined by line
 * breaks, or by spaces when the text is hard-wrapped. Little is read into
 * the lines: a paragraph of two or more lines that each carry a list marker
 * (`-`, `*`, `•`, `1.`) is a list, its bullets taken off (numbers stay); otherwise lines
 * stand as written (a dash that opens a line of dialogue, the indentation of
 * code, no headings by shape).
 */
import { asWritten, countWords, endsLikeSentence, stopwordDensity } from '../features.js'
import { deepFreeze } from '../freeze.js'
import type { Block } from '../types.js'
import { paragraphsOf } from './already-clean.js'
import { splitLines, wrapWidth } from './segment.js'

/** A list marker that opens a line. */
const MARKER = /^\s*(?:[-*•]|\d{1,3}[.)])\s+/u
/** A bullet: the marker that is no part of the item's text (a number is). */
const BULLET = /^\s*[-*•]\s+/u

/** The items of a paragraph whose lines all carry a list marker, or null; bullets off, numbers kept. */
function listItems(lines: readonly string[]): string[] | null {
  if (lines.length < 2 || !lines.every((line) => MARKER.test(line))) return null
  return lines.map((line) => line.replace(BULLET, '').trimStart())
}

/** Blocks of a text laid out in paragraphs. */
export function segmentParagraphs(text: string, lang: string | null): Block[] {
  const lines = splitLines(text)
  const joint = wrapWidth(lines) > 0 ? ' ' : '\n'
  const blocks: Block[] = []
  for (const paragraph of paragraphsOf(lines)) {
    const written = paragraph.lines.map(asWritten).filter((line) => line !== '')
    const items = listItems(written)
    const body = items ? items.join('\n') : written.join(joint)
    if (body === '') continue
    const words = countWords(body)
    const single = !body.includes('\n')
    const block: Block = {
      type: items ? 'list' : single && !endsLikeSentence(body) && words < 15 ? 'line' : 'paragraph',
      text: body,
      level: 0,
      words,
      linkDensity: 0,
      stopwordDensity: stopwordDensity(body, lang),
      index: blocks.length,
      source: { kind: 'text', start: paragraph.start, end: paragraph.end },
    }
    blocks.push(items ? { ...block, items } : block)
  }
  return deepFreeze(blocks)
}

/** Words up to which a first line that ends with a full stop may still be the title. */
export const PERIOD_TITLE_WORDS = 10

/** Words from which the paragraph after such a line reads as the body under a heading. */
const BODY_WORDS = 15

/**
 * A line of a few words ending with a full stop, one sentence, above a
 * paragraph of prose: a heading ("Nebelsuppe.", "Wochenbericht 14."), where
 * a short sentence above other short lines is prose.
 */
function periodTitle(block: Block, next: Block | undefined): boolean {
  return (
    block.words <= PERIOD_TITLE_WORDS &&
    !/[.!?]\s+\p{Lu}/u.test(block.text) &&
    next !== undefined &&
    next.words >= Math.max(BODY_WORDS, 2 * block.words)
  )
}

/** Words up to which the first paragraph, one line, is the title. */
export const TITLE_WORDS = 30

/**
 * The title of a text laid out in paragraphs: its first block when that is a
 * paragraph of one line that does not end with a colon or comma, nor with a
 * period unless it is a few words above a paragraph of prose, and is short
 * or does not end like a sentence; else -1.
 */
export function paragraphTitle(blocks: readonly Block[]): number {
  const first = blocks[0]
  const next = blocks[1]
  if (first?.source.kind !== 'text' || first.source.end - first.source.start > 1) return -1
  // A line of punctuation ("-", "***") titles nothing.
  if (first.words === 0) return -1
  // Nor does a line that opens with a bullet: read line by line, it is a list item ("- - The").
  if (BULLET.test(first.text)) return -1
  // Read one block per line, the next line must not belong to the same paragraph.
  if (next?.source.kind === 'text' && next.source.start === first.source.end) return -1
  // A sentence of prose is the text's first paragraph, not its title ("?" and "!" may end one);
  // a few words with a full stop above a paragraph of prose are a heading.
  if (/[;:,]$/u.test(first.text)) return -1
  if (/\.$/u.test(first.text) && !/\.\.\.$|…$/u.test(first.text) && !periodTitle(first, next))
    return -1
  return first.words <= TITLE_WORDS || !endsLikeSentence(first.text) ? 0 : -1
}
