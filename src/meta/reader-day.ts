/**
 * The day a reader sees for a declared publication date. A declared day that
 * the page shows nowhere under its headline (neither as text nor in a
 * `<time>`) gives way to the day it does show: pages re-dated by their CMS
 * keep the old day on screen, and a UTC timestamp of an American evening is
 * the next day in the declared value.
 */
import { type DateOptions, dayOf, findDates, parseDate } from './dates.js'
import type { Line } from './lines.js'
import { shownDays, UPDATED } from './nearby.js'

/** Lines under the headline whose single shown day replaces a declared one. */
const CLOSE = 6
/** Lines under the headline where a `<time>` may show the declared moment. */
const SHOWN_AFTER = 12
const DAY = 864e5
/** The longest line above the headline that counts as its dateline. */
const ABOVE_MAX = 80

export interface ReaderDayOptions extends DateOptions {
  /** A thread: its declared date is its first post's, whatever a reply shows. */
  readonly discussion?: boolean
}

/**
 * The one day on the short line just above the headline (a kicker with the
 * date: "Travel September 8, 2021"), not labelled "Updated", or null.
 */
function dayAbove(line: Line | undefined, options: DateOptions): string | null {
  if (!line || line.text.length > ABOVE_MAX || UPDATED.test(line.text)) return null
  const days = new Set(
    [
      ...line.datetimes.map((d) => parseDate(d, options)),
      ...findDates(line.text, options).map((d) => d.iso),
    ].flatMap((d) => (d ? [dayOf(d)] : [])),
  )
  return days.size === 1 ? ([...days][0] ?? null) : null
}

/** `YYYY-MM-DD` with month and day exchanged, when both are at most 12 and differ. */
function swapDayMonth(day: string): string | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(day)
  if (!m || m[2] === m[3] || Number(m[3]) > 12) return null
  return `${m[1]}-${m[3]}-${m[2]}`
}

/** The instant of an ISO value with a time and a zone, in ms, or NaN. */
function instant(iso: string): number {
  return /T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/.test(iso)
    ? Date.parse(iso)
    : Number.NaN
}

const UTC = /(?:Z|[+-]00:?00)$/

/**
 * A `<time>` under the headline that holds a declared UTC moment in the
 * page's own zone (`2025-12-18T23:25:38+00:00` declared,
 * `2025-12-19T04:25:38+05:00` shown): the day of that zone.
 */
function sameMoment(declared: string, lines: readonly Line[], options: DateOptions): string | null {
  const at = instant(declared)
  if (Number.isNaN(at) || !UTC.test(declared)) return null
  for (const line of lines)
    for (const dt of line.datetimes) {
      const iso = parseDate(dt, options)
      if (iso && dayOf(iso) !== dayOf(declared) && Math.abs(instant(iso) - at) < 6e4) return iso
    }
  return null
}

export function readerDay(
  declared: string,
  lines: readonly Line[],
  headline: number,
  options: ReaderDayOptions,
): string {
  const day = dayOf(declared)
  if (headline < 0) return declared
  const local = sameMoment(declared, lines.slice(headline, headline + 1 + SHOWN_AFTER), options)
  if (local) return local
  const above = dayAbove(lines[headline - 1], options)
  const shown = shownDays(lines, headline, options)
  if (above === day || shown.has(day)) return declared
  // "09.10.2024" read day first where the page declares September 10: the
  // same day, its numbers in the other order.
  const swapped = swapDayMonth(day)
  if (swapped && (above === swapped || shown.has(swapped))) return declared
  const gap = (d: string) => Date.parse(d) - Date.parse(day)
  // One day shown as text close under the headline: the page's own date. The
  // day after the declared one is left alone (a UTC value of a European
  // midnight; Readability and the page's own metadata keep the declared day).
  const close = [...shownDays(lines, headline, options, true, CLOSE)]
  if (above && !close.includes(above)) close.push(above)
  if (!options.discussion && close.length === 1 && close[0] && gap(close[0]) !== DAY)
    return close[0]
  // The day before, shown once under the headline: the same moment in an
  // American time zone.
  const before = [...shownDays(lines, headline, options, true)].filter((d) => gap(d) === -DAY)
  return before.length === 1 && before[0] ? before[0] : declared
}
