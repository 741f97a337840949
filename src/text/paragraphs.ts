/**
 * An already clean text (`./already-clean.ts`) → blocks, one per paragraph,
 * as the text lays them out: the lines of a paragraph stay one block (a
 * list's items, a table's rows, lines parted by `<br>`), joined by line
 * breaks, or by spaces when the text is hard-wrapped. Nothing is read into
 * the lines (no list markers taken off, no headings by shape, indentation
 * kept for code): the text is given back as it stands.
 */
import { asWritten, countWords, endsLikeSentence, stopwordDensity } from '../features.js'
import { deepFreeze } from '../freeze.js'
import type { Block } from '../types.js'
import { paragraphsOf } from './already-clean.js'
import { splitLines, wrapWidth } from './segment.js'

/** Blocks of a text laid out in paragraphs. */
export function segmentParagraphs(text: string, lang: string | null): Block[] {
  const lines = splitLines(text)
  const joint = wrapWidth(lines) > 0 ? ' ' : '\n'
  const blocks: Block[] = []
  for (const paragraph of paragraphsOf(lines)) {
    const body = paragraph.lines
      .map(asWritten)
      .filter((line) => line !== '')
      .join(joint)
    if (body === '') continue
    const words = countWords(body)
    const single = !body.includes('\n')
    blocks.push({
      type: single && !endsLikeSentence(body) && words < 15 ? 'line' : 'paragraph',
      text: body,
      level: 0,
      words,
      linkDensity: 0,
      stopwordDensity: stopwordDensity(body, lang),
      index: blocks.length,
      source: { kind: 'text', start: paragraph.start, end: paragraph.end },
    })
  }
  return deepFreeze(blocks)
}

/** Words up to which the first paragraph, one line, is the title. */
export const TITLE_WORDS = 30

/**
 * The title of a text laid out in paragraphs: its first block when that is a
 * paragraph of one line, short or not ending like a sentence, or -1.
 */
export function paragraphTitle(blocks: readonly Block[]): number {
  const first = blocks[0]
  const next = blocks[1]
  if (first?.source.kind !== 'text' || first.source.end - first.source.start > 1) return -1
  // Read one block per line, the next line must not belong to the same paragraph.
  if (next?.source.kind === 'text' && next.source.start === first.source.end) return -1
  return first.words <= TITLE_WORDS || !endsLikeSentence(first.text) ? 0 : -1
}
