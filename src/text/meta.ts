/**
 * Byline and date of a plain text, from the lines around its headline: the
 * "By Jane Doe" line, or a name beside the dateline, and the dateline a page
 * prints under its headline. Only short lines count (a sentence that
 * mentions a date is not a dateline).
 */
import { endsLikeSentence } from '../features.js'
import { cleanByline } from '../meta/byline.js'
import { findDates, pageDayFirst } from '../meta/dates.js'
import { DATE_LABEL as LABEL_ONLY, NOT_ARTICLE_DATE_WORDS } from '../meta/nearby.js'
import { PERSON_NAME } from '../rules/util.js'
import type { Block } from '../types.js'
import { authorBox, copyrightHolder } from './author-box.js'
import { bylineAt, labelledByline, threadStarter } from './byline.js'
import { unglueDates } from './glued-date.js'
import { nameWithoutTail } from './name-tail.js'
import { rewordingOf, tokens } from './reworded.js'

/** Lines looked at before and after the title… */
const BEFORE = 3
const AFTER = 8
/** …and above the first paragraph of prose (the title found may be the `<title>` line). */
const ABOVE_PROSE = 8
/** Longer lines are prose, not bylines or datelines… */
const MAX_WORDS = 14
/** …but a byline's line may run on past its date (`bylineAt`'s limit). */
const BYLINE_WORDS = 24
/** A line that labels its date as the publication's: "Published On: …", "Posted on …", a question's "asked …". */
const PUBLISHED_LINE =
  /^(?:(?:first\s)?published|posted|post\stime|asked|veröffentlicht|publié|publicado)(?!\p{L})/iu

/**
 * The one date that short lines anywhere label as the publication's (the foot
 * of an article), or null: several are a listing's posts.
 */
function labelledDate(blocks: readonly Block[], dayFirst: boolean): string | null {
  const days = new Set<string>()
  blocks.forEach((block, i) => {
    if (block.words > MAX_WORDS || !PUBLISHED_LINE.test(block.text)) return
    // The label alone on its line, the date on the next: "Published on" / "Oct 31, 2025"
    // (past a second label: "Published" / "Publish date" / "15 November 2018").
    const next = blocks[LABEL_ONLY.test(blocks[i + 1]?.text ?? '') ? i + 2 : i + 1]
    const alone = block.words <= 3 && next && next.words <= MAX_WORDS ? next.text : ''
    const date =
      findDates(unglueDates(block.text).text, { dayFirst })[0] ?? findDates(alone, { dayFirst })[0]
    if (date) days.add(date.iso)
  })
  return days.size === 1 ? ([...days][0] ?? null) : null
}

/** A member's join date, a founding date, a copyright, a deadline: not the article's. */
const OTHER_DATE = new RegExp(`\\b(?:${NOT_ARTICLE_DATE_WORDS})\\b|©`, 'i')

export interface TextMeta {
  readonly byline: string | null
  readonly published: string | null
}

function firstProse(blocks: readonly Block[], from: number): number {
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i] as Block
    if (block.words >= 25 && endsLikeSentence(block.text)) return i
  }
  return -1
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase()

/**
 * The visible headline repeating the title further down (the first line is
 * the `<title>`), or -1: the title itself, or one of the two starting the
 * other (a subtitle kept or cut), within 60 characters of it.
 */
function repeatOf(blocks: readonly Block[], titleIndex: number, title: string | null): number {
  if (!title || titleIndex < 0) return -1
  const want = fold(title)
  for (let i = titleIndex + 1; i < blocks.length; i++) {
    const line = fold((blocks[i] as Block).text)
    if (line === want) return i
    const starts = line.startsWith(want) || want.startsWith(line)
    if (starts && line.length >= 20 && line.length <= want.length + 60) return i
  }
  return -1
}

/** Indexes of the lines to look at, in document order. */
function window(blocks: readonly Block[], titleIndex: number, heading: string | null): number[] {
  const out = new Set<number>()
  const title = Math.max(0, titleIndex)
  for (const at of [title, repeatOf(blocks, titleIndex, heading)])
    if (at >= 0) for (let i = Math.max(0, at - BEFORE); i <= at + AFTER; i++) out.add(i)
  const prose = firstProse(blocks, title + 1)
  if (prose > 0) for (let i = Math.max(title + 1, prose - ABOVE_PROSE); i < prose; i++) out.add(i)
  return [...out].filter((i) => i < blocks.length && i !== titleIndex).sort((a, b) => a - b)
}

/** A publication label and a bullet or a bar between a name and its date: "Jane Doe • Published: ". */
const LABEL_TAIL = /\b(?:published|updated|posted)(?: on)?:?$/iu
const SEPARATOR_TAIL = /[•·|]$/u
/** Letters, spaces and a name's marks only. */
const NAME_CHARS = /^[\p{L}\p{M}'’.\- ]+$/u
/** A weekday is the date's, not a name's ("Almanac Saturday, December 20, 2025"). */
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/iu

/**
 * The name before the date of a dateline ("Jane Doe • March 3, 2025", "Jane
 * Doe Published: …"), or null: letters, then a space, a bullet or a bar and
 * at most a publication label before the date.
 */
function nameOnDateline(text: string, title: string | null): string | null {
  const date = findDates(text)[0]
  if (!date || date.index === 0) return null
  const lead = text
    .slice(0, date.index)
    .trimEnd()
    .replace(LABEL_TAIL, '')
    .trimEnd()
    .replace(SEPARATOR_TAIL, '')
  if (!NAME_CHARS.test(lead) || WEEKDAY.test(lead)) return null
  const name = cleanByline(lead)
  if (!name || !PERSON_NAME.test(name)) return null
  // "Metasploit Wrap-Up 12/19/2025": the headline with its date.
  const words = tokens(title ?? '')
  return [...tokens(name)].every((word) => words.has(word)) ? null : name
}

/**
 * The first date of each short line at `lines` that is not another kind of
 * date's; a byline's line at `byline` may be longer ("By Jane Doe | March 3,
 * 2025 | Travel, Food | 2 comments").
 */
function datesOf(
  blocks: readonly Block[],
  lines: readonly number[],
  dayFirst: boolean,
  byline = -1,
  glued = true,
): Map<number, string> {
  const dates = new Map<number, string>()
  for (const i of lines) {
    const block = blocks[i] as Block
    const most = i === byline ? BYLINE_WORDS : MAX_WORDS
    // "Jane DoeAugust 5, 2024", "January 14, 202620 Mins Read": the date set apart.
    const { text, added } = glued ? unglueDates(block.text) : { text: block.text, added: 0 }
    // Soft hyphens ("Dead\u00adline") do not hide the label.
    if (block.words + added > most || OTHER_DATE.test(text.replace(/\u00ad/g, ''))) continue
    const date = findDates(text, { dayFirst })[0]
    if (date) dates.set(i, date.iso)
  }
  return dates
}

/** Words of a name standing between the headline and its dateline. */
const HEAD_NAME_WORDS = 4
/** No digits, no sentence: "Gabo", "Jeffrey A. Slotnick CPP, PSP", "Facet". */
const HEAD_NAME = /^\p{L}[\p{L}\p{M}'’.,\- ]*$/u

/**
 * A short name-shaped line right under the headline (at `heads`) with the
 * dateline right under it: "Headline" / "Gabo" / "Jan 23, 2025". A user name or a
 * company need not look like a person's name there: the place says it.
 */
function nameUnderHeadline(
  blocks: readonly Block[],
  heads: readonly number[],
  dayFirst: boolean,
): string | null {
  for (const head of heads) {
    const block = blocks[head + 1]
    if (head < 0 || !block || block.words > HEAD_NAME_WORDS || !HEAD_NAME.test(block.text)) continue
    // The dateline on the next line.
    const dates = datesOf(
      blocks,
      [head + 2].filter((i) => i < blocks.length),
      dayFirst,
    )
    const name = dates.size > 0 ? cleanByline(block.text) : null
    if (name) return name
  }
  return null
}

/** The first byline and the first date of the lines at `lines`. */
function readLines(
  blocks: readonly Block[],
  lines: readonly number[],
  dayFirst: boolean,
  title: string | null,
): TextMeta {
  const dates = datesOf(blocks, lines, dayFirst)
  // A bare name stands beside a dateline of its own (not "Featured Replies"
  // over a post's "August 26, 20241 yr": glued lines are a forum's or a grid's).
  const plain = datesOf(blocks, lines, dayFirst, -1, false)
  let byline: string | null = null
  let own: string | undefined
  for (const i of lines) {
    const block = blocks[i] as Block
    // A byline's line may run on past the name (`bylineAt` has its own limit).
    byline = bylineAt(blocks, i)
    if (byline) {
      own = dates.get(i) ?? datesOf(blocks, [i], dayFirst, i).get(i)
      break
    }
    if (block.words > MAX_WORDS) continue
    if (PERSON_NAME.test(block.text) && (plain.has(i - 1) || plain.has(i + 1))) {
      // A bare name right beside the dateline.
      byline = cleanByline(block.text)
    } else if (plain.has(i)) {
      byline = nameOnDateline(block.text, title)
    }
    if (byline) break
  }
  return { byline, published: own ?? dates.values().next().value ?? null }
}

/** The date on a byline's line or the two lines around it ("By Jane Doe" / "March 3, 2025"). */
function dateNear(blocks: readonly Block[], at: number, dayFirst: boolean): string | null {
  const lines: number[] = []
  for (let i = Math.max(0, at - 1); i <= at + 2 && i < blocks.length; i++) lines.push(i)
  return datesOf(blocks, lines, dayFirst, at).values().next().value ?? null
}

/** The byline and publication date near the title, each null when not found. */
export function textMeta(
  blocks: readonly Block[],
  titleIndex: number,
  lang: string | null,
  title: string | null = null,
): TextMeta {
  const dayFirst = pageDayFirst(lang, blocks)
  let { byline, published } = readLines(blocks, window(blocks, titleIndex, title), dayFirst, title)
  const at = byline && published ? -1 : rewordingOf(blocks, titleIndex, title)
  if (!byline || !published) {
    if (at >= 0) {
      const lines: number[] = []
      for (let i = Math.max(titleIndex + 1, at - BEFORE); i <= at + AFTER && i < blocks.length; i++)
        lines.push(i)
      const more = readLines(blocks, lines, dayFirst, title)
      byline ??= more.byline
      published ??= more.published
    }
  }
  const starter = byline ? null : threadStarter(blocks)
  if (starter) {
    byline = starter.name
    // The thread's start date beside its starter ("Thread starter jdoe" /
    // "Start date May 1, 2025"), over a post's date near the headline.
    // The date on the starter's own line first ("asked Jun 8, 2018" under "edited …").
    published =
      datesOf(blocks, [starter.at], dayFirst, starter.at).get(starter.at) ??
      dateNear(blocks, starter.at, dayFirst) ??
      published
  }
  const labelled = byline ? null : labelledByline(blocks)
  // Else a name of any shape right under the headline, over its dateline.
  const heads = [titleIndex, repeatOf(blocks, titleIndex, title), at]
  byline ??=
    labelled?.name ??
    authorBox(blocks) ??
    nameUnderHeadline(blocks, heads, dayFirst) ??
    copyrightHolder(blocks)
  published ??= labelledDate(blocks, dayFirst)
  // Else the date beside a byline found far from the headline.
  if (labelled) published ??= dateNear(blocks, labelled.at, dayFirst)
  return { byline: byline === null ? null : nameWithoutTail(byline), published }
}
