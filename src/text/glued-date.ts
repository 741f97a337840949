/**
 * A scraper's text glues inline elements together: a byline's name to the
 * date after it ("Jane DoeAugust 5, 2024", "Mental HealthDECEMBER 22, 2022")
 * and the date to a reading time or a counter after it ("January 14,
 * 202620 Mins Read", "Mar 27, 20255 mins"). The date readers need the
 * date to stand apart; this puts the missing spaces back, on metadata's
 * reading of a line only (the text is not changed).
 */
/** English month names and abbreviations, lower-case: the words a glued date starts with. */
const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
)

/** A capitalised word right after a lower-case letter, before a day: "KeeganAugust 5". */
const GLUED_MONTH = /(\p{Ll})(\p{Lu}\p{L}{2,8})(?=\.?\s\d)/gu
/** A month, its day and a year with more digits glued after it: "January 14, 202620". */
const GLUED_YEAR = /(\p{L}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s(?:19|20)\d\d)(?=\d)/gu

/** The line with its glued dates set apart, and how many spaces went in. */
export function unglueDates(text: string): { text: string; added: number } {
  let added = 0
  const out = text
    .replace(GLUED_MONTH, (all, last: string, word: string) => {
      if (!MONTHS.has(word.toLowerCase())) return all
      added++
      return `${last} ${word}`
    })
    .replace(GLUED_YEAR, (date: string) => {
      added++
      return `${date} `
    })
  return { text: out, added }
}
