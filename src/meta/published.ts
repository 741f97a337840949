/**
 * The publication date of an HTML page: the date it declares, checked
 * against the dates it shows under its headline, else a date it shows
 * (docs/metadata.md, "The date a reader sees").
 */
import { type DateOptions, dayOf, parseDate } from './dates.js'
import type { Line } from './lines.js'
import { bylinedDate, type Dateline, labelledDate, shownDays } from './nearby.js'
import { readerDay } from './reader-day.js'

export interface PublishedInput extends DateOptions {
  /** The declared publication date, or null (none, or a page that is not dated). */
  readonly declared: string | null
  /** The declared date comes from JSON-LD or microdata, not from meta tags alone. */
  readonly structured: boolean
  /** `article:published_time`, as written. */
  readonly ogPublished: string | null
  /** The first `<time pubdate>` or published-marked `<time>`, as written. */
  readonly pubTime: string | null
  /** The declared modified date (or the "Updated …" date shown). */
  readonly modified: string | null
  /** The dates shown with the headline. */
  readonly near: Dateline
  readonly lines: readonly Line[]
  /** The headline's line, or -1. */
  readonly at: number
  readonly url: string | null
  readonly articleLike: boolean
  readonly discussion: boolean
}

/** A date from the address: `/2025/09/04/` or `/2025-09-04-`. */
function urlDate(url: string | null): string | null {
  if (!url) return null
  const m = /\/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/-]|$)/.exec(url)
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null
}

/** The declared date, or what stands in for it by what the page shows under its headline. */
function checkedDeclared(input: PublishedInput, options: DateOptions): string | null {
  const { declared, modified, near, lines, at } = input
  if (!declared) return null
  const day = dayOf(declared)
  // A publication date equal to the modified one to the second is the CMS's
  // last save; a `<time pubdate>` on the page keeps the first.
  if (declared === modified && input.pubTime) {
    const marked = parseDate(input.pubTime, options)
    if (marked && dayOf(marked) !== day) return marked
  }
  const shown = shownDays(lines, at, options)
  if (shown.has(day)) return declared
  // The declared modified date shown unlabelled is the date a reader sees;
  // not against a date declared by meta tags alone (themes without
  // structured data print the last change where the first would go).
  if (input.structured && modified && dayOf(modified) !== day && shown.has(dayOf(modified)))
    return modified
  // Only an "Updated …" date shown, and a publication date declared in
  // structured data that `article:published_time` does not repeat: the page's
  // date is the update it shows.
  const og = input.ogPublished ? parseDate(input.ogPublished, options) : null
  if (near.modified && !near.published && dayOf(near.modified) !== day)
    if (!og || dayOf(og) !== day) return near.modified
  return declared
}

export function publishedDate(input: PublishedInput): string | null {
  const { modified, near, lines, at, articleLike } = input
  const options: DateOptions = { dayFirst: input.dayFirst ?? false }
  let published = checkedDeclared(input, options)
  // A page that shows only "Updated …" is dated by it (the date a reader sees).
  published ??= near.published ?? urlDate(input.url) ?? near.modified
  // Else a date labelled "Published …" anywhere, often at the foot of the article.
  if (!published && articleLike) published = labelledDate(lines, options).published
  // Else the one day shown with an author line (an author box far from a headline not found).
  if (!published && articleLike) published = bylinedDate(lines, options)
  // A declared day shown nowhere under the headline gives way to the day
  // shown there; not to the modified day when meta tags alone declare it (above).
  if (published) {
    const seen = readerDay(published, lines, at, { ...options, discussion: input.discussion })
    const toModified =
      !input.structured && input.declared && modified && dayOf(seen) === dayOf(modified)
    if (!toModified || dayOf(seen) === dayOf(published)) published = seen
  }
  // Never after the page's own modified time, unless the page shows the
  // published day under its headline (the modified date is then the wrong one).
  if (
    published &&
    modified &&
    dayOf(published) > dayOf(modified) &&
    !(near.published && dayOf(near.published) === dayOf(published))
  )
    published = modified
  return published
}
