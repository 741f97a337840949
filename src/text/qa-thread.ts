/**
 * A Q&A page (Stack Exchange's layout) as a scraper flattens it: around
 * each question and answer stand its stamps and counters, each on its line
 * ("asked Aug 5, 2016 at 4:16", "edited …", "Viewed 22k times", the
 * poster's badges run into their counts, "5 Answers 5", "Sorted by: …",
 * "Improve this question"), and under it its comments, each closed by a
 * machine timestamp and a "Commented <date>" stamp. The thread's content is
 * the question and its answers: the stamps and the comments go. Measured
 * (docs/benchmarks.md, session 12): wcxb-dev text forum pages 0.6209 →
 * 0.6296, nothing lost.
 */
import type { Block } from '../types.js'

/** A stamp's verb: "answered Nov 20, 2011 at 19:47", "Modified 7 months ago", "Viewed 22k times". */
const ACTION = /^(?:asked|answered|edited|commented|modified|viewed)\s/iu
/** …and its end: a time of day, "ago" or "times". */
const ACTION_END = /(?:\bat \d{1,2}:\d{2}|\bago|\btimes)$/iu
/** Counters and buttons: badges glued to their counts, answers, sorting, prompts. */
const COUNTER =
  /^(?:[\d.,k]+ (?:gold|silver|bronze) badges?|\|?\s?show \d+ more comments?$|\d+ answers?(?: \d+)?$|sorted by:|improve this (?:question|answer)$|add a comment\b)/iu
/** A machine timestamp: "2016-08-05 06:59:35 +00:00", "2021-04-08T04:06:17.467Z+00:00". */
const MACHINE_TIME =
  /^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?(?: ?[+-]\d{2}:?\d{2})?$/u
/** A comment's stamp. */
const COMMENTED = /^commented\s/iu
/** Stamps are short. */
const STAMP_CHARS = 80
/** Lines from a comment to its stamp: the comment, its author (twice), a timestamp, and slack. */
const COMMENT_REACH = 6

/** Whether a line is a Q&A page's stamp, counter or button. */
export function qaStamp(text: string): boolean {
  if (text.length > STAMP_CHARS) return false
  return (ACTION.test(text) && actionEnd(text)) || COUNTER.test(text) || MACHINE_TIME.test(text)
}

function actionEnd(text: string): boolean {
  return /\d/u.test(text) && ACTION_END.test(text)
}

function commentedStamp(text: string): boolean {
  return text.length <= STAMP_CHARS && COMMENTED.test(text) && actionEnd(text)
}

/** Indices of a Q&A thread's kept stamps (`stamps`) and comments (`comments`). */
export interface QaFurniture {
  readonly stamps: number[]
  readonly comments: number[]
}

/** A commenter's name between a comment and its stamp: a few words, no sentence. */
const NAME_WORDS = 3
/** Name lines a comment's stamp may follow: the name and its "– name" signature. */
const NAME_LINES = 2

function nameLine(block: Block): boolean {
  return block.words <= NAME_WORDS && !/[\d.!?]$/u.test(block.text)
}

/**
 * The kept stamps of a Q&A page and the comments they close: a comment is
 * the kept line of more than NAME_WORDS words before its "Commented" stamp,
 * within COMMENT_REACH lines of it, a timestamp and the commenter's name
 * (dropped with it) between. `dropped` holds the dropped blocks; the title
 * is never touched.
 */
export function qaFurniture(
  blocks: readonly Block[],
  titleIndex: number,
  dropped: ReadonlySet<number>,
): QaFurniture {
  const kept = blocks.filter((b) => b.index !== titleIndex && !dropped.has(b.index))
  const stamps = new Set<number>()
  const comments: number[] = []
  for (let k = 0; k < kept.length; k++) {
    const block = kept[k] as Block
    if (qaStamp(block.text)) stamps.add(block.index)
    if (!commentedStamp(block.text)) continue
    let j = k - 1
    if (j >= 0 && MACHINE_TIME.test((kept[j] as Block).text)) j--
    const names: number[] = []
    while (
      j >= 0 &&
      names.length < NAME_LINES &&
      nameLine(kept[j] as Block) &&
      !qaStamp((kept[j] as Block).text)
    ) {
      names.push((kept[j] as Block).index)
      j--
    }
    const comment = kept[j]
    if (!comment || qaStamp(comment.text) || block.index - comment.index > COMMENT_REACH) continue
    comments.push(comment.index, ...names)
  }
  return { stamps: [...stamps].filter((i) => !comments.includes(i)), comments }
}
