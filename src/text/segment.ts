/**
 * Plain text → blocks. A scraper's text holds one block per line, sometimes
 * with blank lines between blocks; a hard-wrapped text (e-mail, `lynx -dump`)
 * spreads one paragraph over several lines, which are joined back here.
 */
import { collapse, countWords, endsLikeSentence, stopwordDensity } from '../features.js'
import { deepFreeze } from '../freeze.js'
import type { Block, BlockType } from '../types.js'

const BULLET = /^\s*(?:[-*•·–◦▪]|\d{1,3}[.)])\s+/u
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

interface Span {
  start: number
  end: number
  text: string
  type: BlockType
  level: number
}

function spanOf(line: string, index: number): Span {
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
      text: collapse(line.slice(bullet[0].length)),
      type: 'list',
      level: 0,
    }
  }
  return { start: index, end: index + 1, text: collapse(line), type: 'paragraph', level: 0 }
}

/** Group lines into spans: one per line, or per wrapped paragraph. */
function spans(lines: readonly string[]): Span[] {
  const width = wrapWidth(lines)
  const out: Span[] = []
  let open: Span | null = null
  let openLength = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line.trim() === '') {
      open = null
      continue
    }
    const span = spanOf(line, i)
    // Join a wrapped continuation: the previous line ran to the width.
    if (open && width > 0 && span.type === 'paragraph' && openLength >= width - 20) {
      open.text = `${open.text} ${span.text}`
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

/** Segment plain text into blocks with their features. */
export function segmentText(text: string, lang: string | null): Block[] {
  const blocks: Block[] = []
  for (const span of spans(splitLines(text))) {
    if (span.text === '') continue
    const words = countWords(span.text)
    const type: BlockType =
      span.type === 'paragraph' && !endsLikeSentence(span.text) && words < 15 ? 'line' : span.type
    blocks.push({
      type,
      text: span.text,
      level: span.level,
      words,
      linkDensity: 0,
      stopwordDensity: stopwordDensity(span.text, lang),
      index: blocks.length,
      source: { kind: 'text', start: span.start, end: span.end },
    })
  }
  return deepFreeze(blocks)
}
