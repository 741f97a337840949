/**
 * What a scraper's text leaves glued after a byline's name: a reading time
 * ("Jane Doe 15 min read"), a date without its year ("Jane Doe December
 * 8December 8"), a bullet ("Jane Doe ●"), or the name again ("Jane Doe
 * Jane Doe": an author's picture named beside the name).
 */

/** Where a reading time starts: " 15 min read", " 5 mins". */
const READING_TIME = /\s\d+\s?(?:min|mins|minutes?)\b/iu
/** A month and a day, the year left out or glued: " December 8December 8", " Jan 23". */
const MONTH_DAY =
  /\s(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s\d{1,2}(?:st|nd|rd|th)?(?!\d)(?!,?\s\d)/u
/** Marks standing after the name: " ●", " •", " |". */
const MARKS = new Set([...' \t●•·|–—-'])

/** The text before the first match of `re`, or all of it. */
function before(text: string, re: RegExp): string {
  const at = text.search(re)
  return at < 0 ? text : text.slice(0, at)
}

/** The text without the marks at its end (a loop: a pattern would backtrack on long runs). */
function withoutMarks(text: string): string {
  let end = text.length
  while (end > 0 && MARKS.has(text[end - 1] as string)) end--
  return text.slice(0, end)
}

/** The name without what the text glued after it; the name itself when nothing is. */
export function nameWithoutTail(name: string): string {
  const cut = withoutMarks(before(before(name, READING_TIME), MONTH_DAY))
  const words = cut.split(' ')
  const half = words.length / 2
  // "Jane Doe Jane Doe": the name twice.
  const twice =
    words.length >= 4 &&
    Number.isInteger(half) &&
    words.slice(0, half).join(' ') === words.slice(half).join(' ')
  const out = twice ? words.slice(0, half).join(' ') : cut
  return out.length > 0 ? out : name
}
