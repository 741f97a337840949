/**
 * Bylines and datelines in the visible lines around the headline: "By Jane
 * Doe", "Published on July 18, 2025", a `<time>` under the title.
 */
import { BYLINE_LINE, cleanByline } from './byline.js'
import { type DateOptions, dayOf, findDates, parseDate } from './dates.js'
import { foldedWords } from './headline.js'
import type { Line } from './lines.js'

/** Lines before and after the headline that may hold its byline and date. */
const BEFORE = 6
const AFTER = 30
const SHORT = 160

const DATE_HINT = /date|time|publish|posted|pubdate|timestamp|dateline|meta|byline|info|details/
export const UPDATED =
  /\b(?:updated|modified|last\s+(?:updated|modified|reviewed|edited)|reviewed|aktualisiert|mis à jour|actualizado|aggiornato)\b/i
const PUBLISHED =
  /\b(?:published|posted|written|created|released|veröffentlicht|publié|publicado|pubblicato|on)\b/i
/** Lines under the headline where the date shown with it sits. */
const SHOWN_AFTER = 12

/** A label that says published, created or posted (not a bare "on"). */
const STRICT_PUBLISHED =
  /\b(?:published|posted|written|created|released|veröffentlicht|publié|publicado|pubblicato)\b/i
/**
 * Words that label a date as not the article's, on any page: a member's join
 * date, a founding date, a copyright, a deadline (plain text reads these alone).
 */
export const NOT_ARTICLE_DATE_WORDS =
  'registered|joined|member since|founded|established|copyright|expires?|deadline'
/** Dates that are not the article's: those above, and an event's or an offer's. */
const OTHER_DATE = new RegExp(
  `\\b(?:${NOT_ARTICLE_DATE_WORDS}|since|valid|until|ends?|starts?|event|webinar|as of)\\b|©`,
  'i',
)
const AUTHOR_HINT =
  /^(?:byline|author|authors|author-name|authorname|by-author|post-author|article-author|entry-author|writer|byline-name|author-link|contributor|posted-by|c-byline)$/

/** More words than a dateline has: a sentence of prose ("We updated this review on March 4, 2025 to …"). */
const PROSE_WORDS = 14

/** A sentence of prose, whose date is not the page's dateline. */
function isProse(text: string): boolean {
  return /[.!?]$/.test(text) && text.split(/\s+/).length > PROSE_WORDS
}

/** The lines to search, nearest first: after the headline, then just before it. */
function around(lines: readonly Line[], headline: number): Line[] {
  const after = lines.slice(headline, headline + 1 + AFTER)
  const before = lines.slice(Math.max(0, headline - BEFORE), headline).reverse()
  return [...after.slice(0, 12), ...before, ...after.slice(12)]
}

/** Where the headline is among the lines, or -1. */
export function headlineLine(lines: readonly Line[], title: string | null): number {
  if (!title) return -1
  const t = title.replace(/\s+/g, ' ').trim().toLowerCase()
  let fallback = -1
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line) continue
    const text = line.text.toLowerCase()
    if (text === t || (line.heading > 0 && text.includes(t))) {
      if (line.heading > 0) return i
      if (fallback < 0) fallback = i
    } else if (fallback < 0 && text.startsWith(t) && text.length <= t.length + 60) fallback = i
  }
  return fallback
}

/**
 * The h1 or h2 line that shares the most words with a title found nowhere on
 * the page as it is (a declared title reworded in the visible heading): at
 * least two words and half of the smaller one's, or -1.
 */
export function likeliestHeading(lines: readonly Line[], title: string): number {
  const want = foldedWords(title)
  let best = -1
  let bestScore = 0
  lines.forEach((line, i) => {
    if (line.heading === 0 || line.heading > 2) return
    const words = foldedWords(line.text)
    const shared = [...words].filter((w) => want.has(w)).length
    const score = shared / Math.max(1, Math.min(words.size, want.size))
    if (shared >= 2 && score >= 0.5 && score > bestScore) {
      best = i
      bestScore = score
    }
  })
  return best
}

/** The words just before a date on its line, back to the last separator: its label. */
function labelOf(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 30), index)
  return before.split(/[|•·,;]\s*(?=\p{L})/u).at(-1) ?? before
}

export interface Dateline {
  readonly published: string | null
  readonly modified: string | null
}

/** The date shown with the headline: a `<time>` or a short line that carries a date. */
export function nearbyDate(
  lines: readonly Line[],
  headline: number,
  options: DateOptions,
): Dateline {
  if (headline < 0) return { published: null, modified: null }
  let published: string | null = null
  let modified: string | null = null
  const title = lines[headline]
  for (const line of around(lines, headline)) {
    if (line.heading > 0 && line.heading <= 2 && line !== title) continue
    const text = line.text
    for (const dt of line.datetimes) {
      const iso = parseDate(dt, options)
      if (!iso) continue
      if (UPDATED.test(text) && !PUBLISHED.test(text)) modified ??= iso
      else published ??= iso
    }
    if (published) break
    // The hints (built when first read) only for a long line.
    if (text.length > SHORT && !line.hints.some((h) => DATE_HINT.test(h))) continue
    if (OTHER_DATE.test(text) || isProse(text)) continue
    const found = findDates(text.length > 400 ? text.slice(0, 400) : text, options)
    if (found.length === 0) continue
    // "Published March 3 · Updated May 5": each date takes its own label.
    for (const date of found) {
      const label = labelOf(text, date.index)
      if (UPDATED.test(label) && !PUBLISHED.test(label)) modified ??= date.iso
      else published ??= date.iso
    }
    if (published) break
  }
  return { published, modified }
}

/**
 * Every day shown under the headline as a publication date, `YYYY-MM-DD`:
 * the `<time>` values and the dates of short or date-marked lines, except
 * those labelled "Updated …". A declared date that is not among them is not
 * the one a reader sees. `textOnly`: the dates of the text alone, without the
 * machine values of `<time>`; `after`: how many lines under the headline.
 */
export function shownDays(
  lines: readonly Line[],
  headline: number,
  options: DateOptions,
  textOnly = false,
  after = SHOWN_AFTER,
): Set<string> {
  const days = new Set<string>()
  if (headline < 0) return days
  // The headline and the lines under it: a date above it is a feed's or a menu's.
  for (const line of lines.slice(headline, headline + 1 + after)) {
    const text = line.text
    const updated = UPDATED.test(text) && !STRICT_PUBLISHED.test(text)
    if (!textOnly)
      for (const dt of line.datetimes) {
        const iso = parseDate(dt, options)
        if (iso && !updated) days.add(iso.slice(0, 10))
      }
    if (text.length > SHORT && !line.hints.some((h) => DATE_HINT.test(h))) continue
    if (OTHER_DATE.test(text) || isProse(text)) continue
    for (const date of findDates(text.length > 400 ? text.slice(0, 400) : text, options)) {
      const label = labelOf(text, date.index)
      if (UPDATED.test(label) && !STRICT_PUBLISHED.test(label)) continue
      days.add(date.iso.slice(0, 10))
    }
  }
  return days
}

/** A short line that labels its date: "Published On: 15 August 2025", "Posted on …", "Last updated …". */
const LABELLED =
  /^(?:(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?|post\s+time|(?:page\s+)?last\s+(?:updated|modified)|updated(?:\s+on)?|veröffentlicht(?:\s+am)?|publié\s+le|publicado(?:\s+el)?)\b\s*:?/i

/** The first `<time>` value of a line, else the first date of `text` (the line's own by default). */
function lineDate(line: Line, options: DateOptions, text = line.text): string | undefined {
  return (
    line.datetimes.map((d) => parseDate(d, options)).find((d) => d) ??
    findDates(text, options)[0]?.iso
  )
}

/** A line that is only a date's label: "Date", "Publish date:" (plain text reads it too). */
export const DATE_LABEL = /^(?:publish(?:ed)?\s+)?date\s*:?$/i

/** The date of a short line within two lines under a label line, or undefined. */
function dateBelow(lines: readonly Line[], at: number, options: DateOptions): string | undefined {
  for (const next of lines.slice(at + 1, at + 3)) {
    if (DATE_LABEL.test(next.text)) continue
    if (next.text.length > 40) return undefined
    return lineDate(next, options)
  }
  return undefined
}

/**
 * The first date on the page that a short line labels as its publication or
 * update date, wherever it is (the foot of the article often carries it).
 */
export function labelledDate(lines: readonly Line[], options: DateOptions): Dateline {
  for (const [i, line] of lines.entries()) {
    const text = line.text
    if (text.length > 80) continue
    const label = LABELLED.exec(text)
    if (!label) continue
    let iso = lineDate(line, options, text.slice(label[0].length))
    // A label alone on its line ("Published", "Posted on:"): the date on one
    // of the next two lines, past a second label ("Publish date").
    if (!iso && /^\W*$/.test(text.slice(label[0].length))) iso = dateBelow(lines, i, options)
    if (!iso) continue
    return UPDATED.test(label[0])
      ? { published: null, modified: iso }
      : { published: iso, modified: null }
  }
  return { published: null, modified: null }
}

/** The line's element or a near ancestor is marked as an author's. */
function authorHinted(line: Line): boolean {
  return line.hints
    .slice(0, 6)
    .some((h) => AUTHOR_HINT.test(h) || /(?:^|[-_])(?:author|byline)(?:[-_]|$)/.test(h))
}

/** A short line that names an author: "By Jane Doe" or an author-marked element. */
function authorLine(line: Line | undefined): boolean {
  // The pattern first: the hints are built when first read.
  return !!line && line.text.length <= SHORT && (BYLINE_LINE.test(line.text) || authorHinted(line))
}

/** At most this long, a line that carries an author's date and little else. */
const DATE_ONLY = 60

/**
 * The day a page shows with its author, wherever it is: a short dated line
 * that is itself author-marked ("Jane Doe · May 3, 2025" in an author box)
 * or sits right under an author line ("Written by Jane Doe" / "May 3,
 * 2025"), for a page whose headline has no date around it. Only when every
 * such line shows the same day: a listing or a thread carries one per post.
 */
export function bylinedDate(lines: readonly Line[], options: DateOptions): string | null {
  let first: string | null = null
  for (const [i, line] of lines.entries()) {
    const text = line.text
    if (text.length > DATE_ONLY || OTHER_DATE.test(text)) continue
    if (!authorLine(line) && !authorLine(lines[i - 1])) continue
    const iso = lineDate(line, options)
    if (!iso) continue
    if (first && dayOf(first) !== dayOf(iso)) return null
    first ??= iso
  }
  return first
}

/** The author named with the headline: a "By …" line or an author-marked element. */
export function nearbyByline(lines: readonly Line[], headline: number): string | null {
  if (headline < 0) return null
  for (const line of around(lines, headline)) {
    if (line.heading > 0 && line.heading <= 2) continue
    if (line.text.length > SHORT || line === lines[headline]) continue
    if (!authorHinted(line) && !BYLINE_LINE.test(line.text)) continue
    if (/\b(?:reviewed|fact[- ]checked|edited|illustrat|photograph)/i.test(line.text.slice(0, 30)))
      continue
    const name = cleanByline(line.text)
    if (name) return name
  }
  return null
}
