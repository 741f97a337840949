/**
 * Comment threads in plain text. Under an article, a scraper's text carries
 * its comments: a commenter's name on a short line, a date line, then the
 * comment, which reads as prose and passes the statistics. A forum thread
 * is made of the same posts from its top. The pattern tells both: where it
 * starts under a long stretch of article text, the thread below is cut;
 * where it starts at the top, the page is a discussion.
 */
import { endsLikeSentence } from '../features.js'
import type { Block } from '../types.js'
import { NUMERIC_DATE } from './line-features.js'

/** A month's name (whole or short) beside a day or year. */
const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\.?\s+\d{1,4}\b|\b\d{1,2}\.?\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b/iu
const AGO =
  /\b(?:\d+|an?|one)\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+ago\b|\bvor\s+\d+\s+(?:jahren|monaten|wochen|tagen|stunden|minuten)\b|\bil y a\s+\d+\b|\bhace\s+\d+\b/iu
/** "Anna says:", "Anna wrote:", a reply's "Re:". */
const SAYS = /\b(?:says|said|wrote|schrieb|sagt|a écrit|dit|escribió|dice)\s*:\s*$|^(?:re|aw)\s*:/iu

/** Lines a comment's header fits in. */
const HEADER_CHARS = 50
/** A comment's text: a line of this many words. */
const COMMENT_WORDS = 8
/** A comment's text without a sentence's end: a line of this many words. */
const LONG_COMMENT = 20
/** Lines after the header in which the comment's text must start. */
const REACH = 2
/** Posts that make a thread, within SPAN lines of the first. */
const POSTS = 3
const SPAN = 40

/** A name run into its post's date ("AnnaMarch 3, 2020 at 2:06 PM"). */
const GLUED =
  /\p{Ll}(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}/u

/** Two days of a month joined by a dash. */
const DAY_RANGE = /\d\s*[–—]\s*\d|(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])/u

/** A story card's header counts its comments; a comment's does not. */
const COMMENT_COUNT = /\b\d+\s+(?:comments?|replies|kommentare?|commentaires?|comentarios?)\b/iu

function isDateLine(block: Block): boolean {
  if (block.text.length > HEADER_CHARS || COMMENT_COUNT.test(block.text)) return false
  // A reference ("Retrieved 10 May 2016.") is a sentence; a post's date line is not.
  if (/[.!?]$/u.test(block.text)) return false
  // An event's dates ("March 2–5, 2026") span days; a post has one.
  if (DAY_RANGE.test(block.text)) return false
  return (
    MONTH.test(block.text) ||
    GLUED.test(block.text) ||
    NUMERIC_DATE.test(block.text) ||
    AGO.test(block.text)
  )
}

/** A commenter's name: one to four words, no sentence. */
function isNameLine(block: Block): boolean {
  return (
    block.words >= 1 && block.words <= 4 && block.text.length <= 30 && !/[\d.!?:]/u.test(block.text)
  )
}

/**
 * Where the comment's text is: the first line after the header (`from`)
 * with more than two words (a counter or "Reply" may stand between), when
 * it has COMMENT_WORDS words or more and starts within REACH lines; else -1.
 * A story's teaser (a short headline first) is no comment.
 */
function commentAt(blocks: readonly Block[], from: number): number {
  for (let j = from; j < Math.min(blocks.length, from + REACH); j++) {
    const words = blocks[j]?.words ?? 0
    if (words <= 2) continue
    // A headline (a story's card) is no comment: short of a sentence's end and long prose.
    const block = blocks[j] as Block
    const prose = endsLikeSentence(block.text) || words >= LONG_COMMENT
    return words >= COMMENT_WORDS && prose ? j : -1
  }
  return -1
}

/**
 * The index of a post's text when a post starts at `i`: name then date (or
 * both on one line), or "X says:", then its text; else -1.
 */
function postAt(blocks: readonly Block[], i: number): number {
  const block = blocks[i] as Block
  if (block.text.length <= HEADER_CHARS && SAYS.test(block.text)) return commentAt(blocks, i + 1)
  if (isDateLine(block) && block.words <= 12) {
    const previous = blocks[i - 1]
    // The date line of a post whose name line was counted already.
    if (previous && isNameLine(previous) && !isDateLine(previous)) return -1
    return commentAt(blocks, i + 1)
  }
  const next = blocks[i + 1]
  if (!isNameLine(block) || !next || !isDateLine(next)) return -1
  return commentAt(blocks, i + 2)
}

/** Indices of the lines where posts start (each with its text before the next post). */
export function postStarts(blocks: readonly Block[]): number[] {
  const posts: [number, number][] = []
  for (let i = 0; i < blocks.length; i++) {
    const text = postAt(blocks, i)
    if (text >= 0) posts.push([i, text])
  }
  // Rows of a table of dates have no text of their own between them.
  return posts
    .filter(([, text], k) => text < (posts[k + 1]?.[0] ?? Number.POSITIVE_INFINITY))
    .map(([start]) => start)
}

/** The first post of the first run of POSTS posts within SPAN lines, or -1. */
export function threadStart(blocks: readonly Block[], from = 0): number {
  const starts = postStarts(blocks).filter((i) => i > from)
  for (let k = 0; k + POSTS - 1 < starts.length; k++) {
    if ((starts[k + POSTS - 1] as number) - (starts[k] as number) <= SPAN)
      return starts[k] as number
  }
  return -1
}

/** Kept words of article text that must stand between the title and a thread to cut it. */
export const MIN_ABOVE = 300

/**
 * Indices of the kept blocks of a comment thread under an article: from the
 * first post of a thread that starts after MIN_ABOVE kept words below the
 * title, to the end of the page. `dropped` holds the dropped blocks.
 */
export function belowThread(
  blocks: readonly Block[],
  titleIndex: number,
  dropped: ReadonlySet<number>,
): number[] {
  const start = threadStart(blocks, titleIndex)
  if (start < 0) return []
  let above = 0
  for (let i = titleIndex + 1; i < start; i++) if (!dropped.has(i)) above += blocks[i]?.words ?? 0
  if (above < MIN_ABOVE) return []
  const out: number[] = []
  for (let i = start; i < blocks.length; i++) if (!dropped.has(i)) out.push(i)
  return out
}
