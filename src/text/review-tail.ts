/**
 * A shop page's customer reviews, in plain text. Below a product's
 * description a shop prints its reviews under a heading of its own
 * ("Reviews", "Customer reviews", "51 Reviews", "Ratings & Reviews"): a
 * rating summary, then each review's title, name, date and text, then the
 * shop's footer. The reviews are comments on the product, not its page's
 * content, and a scraper's text holds them all, where HTML mode leaves the
 * review widget out. The same words often stand at the top of the page as a
 * tab ("Description · Specs · Reviews (2)") or next to the product's name as
 * its rating count, with the description below them; so the heading ends the
 * page only when the text kept above it outweighs what is kept from it to the
 * end: the reviews are the page's tail, not its tab bar. The pass runs on
 * every page but a discussion (a thread's replies are its content), after
 * the other passes of `classify`: the text guess calls a third of wcxb-dev's
 * product pages a listing and some an article, and no article of the set
 * holds a reviews heading that ends it this way. Measured
 * (docs/benchmarks.md, session 13): wcxb-dev text 0.83483 → 0.83527, product
 * pages 0.6123 → 0.6172, 12 won, 3 lost; trafilatura-dev and
 * readability-pages unchanged.
 */
import type { Block } from '../types.js'

/** A reviews heading, once a count is taken off ("12 Reviews", "Reviews (12)"). */
const HEADINGS: ReadonlySet<string> = new Set([
  'review',
  'reviews',
  'customer reviews',
  'customer ratings',
  'product reviews',
  'guest reviews',
  'user reviews',
  'verified reviews',
  'all reviews',
  'ratings & reviews',
  'ratings and reviews',
  'reviews & ratings',
  'reviews and ratings',
  'bewertungen',
  'kundenbewertungen',
  'rezensionen',
  'avis',
  'avis clients',
  'opiniones',
])
/** A heading is short. */
const HEADING_CHARS = 40
const DIGITS = '0123456789'

/** Whether a string is a count: a digit, then digits and separators ("1,204"). */
function isCount(text: string): boolean {
  if (text === '' || text[0] === undefined || !DIGITS.includes(text[0])) return false
  for (const char of text) if (!DIGITS.includes(char) && char !== '.' && char !== ',') return false
  return true
}

/** A heading's name without a count before or after it: "51 Reviews", "Reviews (29)". */
function withoutCount(text: string): string {
  let name = text.trim()
  const open = name.lastIndexOf('(')
  if (name.endsWith(')') && open >= 0 && isCount(name.slice(open + 1, -1)))
    name = name.slice(0, open).trim()
  const space = name.indexOf(' ')
  if (space > 0 && isCount(name.slice(0, space))) name = name.slice(space + 1).trim()
  return name
}

/** Whether a line heads a shop's reviews. */
export function reviewsHeading(text: string): boolean {
  if (text.length > HEADING_CHARS) return false
  return HEADINGS.has(withoutCount(text).toLowerCase())
}

/**
 * The kept blocks from the first kept reviews heading below the title to the
 * end of the page, when the kept words above the heading outnumber (or equal)
 * those from it to the end; else none. `dropped` holds the indices dropped so
 * far.
 */
export function reviewTail(
  blocks: readonly Block[],
  titleIndex: number,
  dropped: ReadonlySet<number>,
): number[] {
  let above = 0
  let start = -1
  for (const block of blocks) {
    if (dropped.has(block.index)) continue
    if (block.index > titleIndex && reviewsHeading(block.text)) {
      start = block.index
      break
    }
    above += block.words
  }
  if (start < 0) return []
  const tail: number[] = []
  let below = 0
  for (let k = start; k < blocks.length; k++) {
    if (dropped.has(k) || k === titleIndex) continue
    below += (blocks[k] as Block).words
    tail.push(k)
  }
  return above >= below ? tail : []
}
