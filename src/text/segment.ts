/**
 * Plain text → blocks. A scraper's text holds one block per line, sometimes
 * with blank lines between blocks; a hard-wrapped text (e-mail, `lynx -dump`)
 * spreads one paragraph over several lines, which are joined back here.
 * Text-browser dumps are read as `./dump.ts` describes: link markers out,
 * the references list one link block, headings found by their indentation.
 */
import { collapse, countWords, endsLikeSentence, stopwordDensity } from '../features.js'
import { deepFreeze } from '../freeze.js'
import type { Block, BlockType } from '../types.js'
import { bodyIndent, markerLinkDensity, referencesStart, stripMarkers } from './dump.js'

/** List markers: `-`, `*`, `•`… and `1.`; text browsers' nested `+`, `o`, `@` when indented. */
const BULLET = /^\s*(?:[-*•·–◦▪]|\d{1,3}[.)])\s+|^\s{2,}[+o@]\s+/u
/** A list marker that is a number: `1.`, `12)`. */
const NUMBER = /\d/
/** A heading by indentation: short, and not ending like a sentence or a clause. */
const MAX_INDENT_HEADING = 80
const MD_HEADING = /^\s{0,3}(#{1,6})\s+/

/** Split into lines with `\n`, `\r\n` or `\r`. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n?|\n/)
}

/**
 * The width a text was hard-wrapped at, or 0 when its lines are not wrapped:
 * wrapped text has no long lines and many lines ending near one width.
 */
export function wrapWidth(lines: readonly string[]): number {
  let nonBlank = 0
  let long = 0
  const lengths: number[] = []
  for (const line of lines) {
    const n = line.trimEnd().length
    if (n === 0) continue
    nonBlank++
    if (n > 100) long++
    lengths.push(n)
  }
  if (nonBlank < 8 || long > nonBlank * 0.02) return 0
  lengths.sort((a, b) => a - b)
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0
  if (width < 50) return 0
  // Most lines of a wrapped text come close to the width.
  let near = 0
  for (const n of lengths) if (n >= width - 20) near++
  return near >= nonBlank * 0.4 ? width : 0
}

/** The width a dump was wrapped at: its 95th-percentile line length. */
function dumpWidth(lines: readonly string[]): number {
  const lengths = lines.map((line) => line.trimEnd().length).filter((n) => n > 0)
  lengths.sort((a, b) => a - b)
  return lengths[Math.floor(lengths.length * 0.95)] ?? 0
}

interface Span {
  start: number
  end: number
  /** The text as written, link markers included. */
  raw: string
  text: string
  type: BlockType
  level: number
}

/** How the lines of one text are read. */
interface Reading {
  /** Body indentation (see `bodyIndent`), or -1. */
  readonly indent: number
  /** A text-browser dump: link markers are taken out of the text. */
  readonly dump: boolean
}

function spanOf(raw: string, index: number, reading: Reading): Span {
  const line = reading.dump ? stripMarkers(raw) : raw
  const span = shapeOf(line, index, reading)
  return { ...span, raw: collapse(raw) }
}

function shapeOf(line: string, index: number, reading: Reading): Omit<Span, 'raw'> {
  const heading = MD_HEADING.exec(line)
  if (heading) {
    return {
      start: index,
      end: index + 1,
      text: collapse(line.slice(heading[0].length)),
      type: 'heading',
      level: heading[1]?.length ?? 1,
    }
  }
  const bullet = BULLET.exec(line)
  if (bullet) {
    return {
      start: index,
      end: index + 1,
      // A number is the item's own text ("3. Water twice a week"); a bullet is not.
      text: collapse(NUMBER.test(bullet[0]) ? line : line.slice(bullet[0].length)),
      type: 'list',
      level: 0,
    }
  }
  const text = collapse(line)
  // Cells copied from a browser come tab-separated: a table row, or a menu bar.
  if (line.trim().split(/\t+/).length >= 3) {
    return { start: index, end: index + 1, text, type: 'table', level: 0 }
  }
  const indent = line.length - line.trimStart().length
  if (
    reading.indent > 0 &&
    indent < reading.indent &&
    text.length <= MAX_INDENT_HEADING &&
    !/[.,;!?]$/u.test(text)
  ) {
    return { start: index, end: index + 1, text, type: 'heading', level: 2 }
  }
  return { start: index, end: index + 1, text, type: 'paragraph', level: 0 }
}

/** Group lines into spans: one per line, or per wrapped paragraph. */
function spans(lines: readonly string[], reading: Reading): Span[] {
  // A text browser always wraps at the terminal's width: its longest lines.
  const width = reading.dump ? dumpWidth(lines) : wrapWidth(lines)
  const out: Span[] = []
  let open: Span | null = null
  let openLength = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line.trim() === '') {
      open = null
      continue
    }
    const span = spanOf(line, i, reading)
    // Join a wrapped continuation: the previous line ran to the width.
    if (open && width > 0 && span.type === 'paragraph' && openLength >= width - 20) {
      open.text = `${open.text} ${span.text}`
      open.raw = `${open.raw} ${span.raw}`
      open.end = i + 1
      openLength = line.trimEnd().length
      continue
    }
    out.push(span)
    open = span.type === 'heading' ? null : span
    openLength = line.trimEnd().length
  }
  return out
}

/** A dump's references list as one span: every line of it a link target. */
function referencesSpan(lines: readonly string[], start: number): Span {
  const text = collapse(lines.slice(start).join(' '))
  return { start, end: lines.length, raw: text, text, type: 'list', level: 0 }
}

/** Segment plain text into blocks with their features. */
export function segmentText(text: string, lang: string | null): Block[] {
  const lines = splitLines(text)
  const references = referencesStart(lines)
  const dump = references >= 0
  const body = dump ? lines.slice(0, references) : lines
  const reading: Reading = { indent: bodyIndent(body), dump }
  const all = spans(body, reading)
  if (dump) all.push(referencesSpan(lines, references))
  const blocks: Block[] = []
  for (const span of all) {
    if (span.text === '') continue
    const words = countWords(span.text)
    const type: BlockType =
      span.type === 'paragraph' && !endsLikeSentence(span.text) && words < 15 ? 'line' : span.type
    const isReferences = dump && span.start === references
    const block: Block = {
      type,
      text: span.text,
      level: span.level,
      words,
      linkDensity: isReferences ? 1 : dump ? markerLinkDensity(span.raw, words) : 0,
      stopwordDensity: stopwordDensity(span.text, lang),
      index: blocks.length,
      source: { kind: 'text', start: span.start, end: span.end },
    }
    // A bulleted line is one item, its bullet already stripped.
    blocks.push(type === 'list' && !isReferences ? { ...block, items: [span.text] } : block)
  }
  return deepFreeze(blocks)
}
