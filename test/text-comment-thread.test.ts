import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { P1, P2, P3, TITLE } from '../src/rules/case-pages.js'
import { belowThread, MIN_ABOVE, postStarts, threadStart } from '../src/text/comment-thread.js'
import { homePage, textPageType } from '../src/text/page-type.js'
import { segmentText } from '../src/text/segment.js'

const P4 =
  'Engineers expect the first trains to run on the new section within six years, although the timetable depends on the outcome of two court cases brought by landowners along the route, who say the compensation offered to them so far falls well short of the value of their farms and houses.'
const P5 =
  'The authority also promised to rebuild the bus network around the new stations, so that passengers from villages without a railway can change at a single stop, and it said fares on the extended line would stay the same as on the rest of the network for at least the first three years of service.'
const P6 =
  'Local business groups welcomed the decision, saying that shops and restaurants near the planned stations had suffered for years from traffic jams on the main road, while environmental groups asked the board to publish the full study of the effects of the works on the wetlands north of the city.'
const P7 =
  'A spokesperson for the authority said that the detailed plans would be shown at public meetings in each of the five towns during the autumn, and that residents would be able to comment on the design of the stations, the footpaths and cycle lanes leading to them, and the parking spaces planned nearby.'
const P8 =
  'The board will meet again in December to approve the budget for the first stage of the works, which covers the tunnel under the old town and the two stations at either end of it, and it expects to sign contracts with the builders early next year if the courts rule in its favour.'
const ARTICLE = [P1, P2, P3, P4, P5, P6, P7, P8]

/** A commenter's post as a scraper writes it: name, date, comment. */
function post(name: string, date: string, text: string): string[] {
  return [name, date, text]
}
const C1 =
  'Great news for the northern towns, I have been waiting for this line since I moved here ten years ago, and my children will be able to take the train to school instead of sitting on a crowded bus every morning for an hour.'
const C2 =
  'I doubt the budget will hold, because these projects always cost twice as much as the first estimate says, and in the end it is the people who pay taxes in this region who will have to cover the difference for many years.'
const C3 =
  'Will there be enough parking at the new stations, or are we expected to cycle there in the winter when the roads are covered in ice and the buses that are supposed to connect the villages run only twice a day?'
const THREAD = [
  ...post('Anna Berg', 'March 3, 2021 at 4:12 pm', C1),
  ...post('Tom Kelly', 'March 3, 2021 at 5:40 pm', C2),
  ...post('Mia Laurent', 'March 4, 2021 at 9:05 am', C3),
]

describe('comment threads in plain text', () => {
  it('finds the posts of a thread: name, date, comment', () => {
    const blocks = segmentText([TITLE, ...THREAD].join('\n'), 'en')
    expect(postStarts(blocks)).toEqual([1, 4, 7])
    expect(threadStart(blocks, 0)).toBe(1)
  })

  it('takes no story card (a headline before its teaser) and no table of dates for a post', () => {
    const cards = [
      'Tim Stevens – 3/6/2026',
      'Hunting for elusive ghost elephants',
      P1,
      'Jacek Krywko – 3/7/2026',
      'A rare dinosaur found in the desert',
      P2,
      'Anna Berg – 3/8/2026',
      'Cities try a new kind of tram',
      P3,
    ]
    expect(postStarts(segmentText(cards.join('\n'), 'en'))).toEqual([])
    const table = ['10/1/2024 +6.6%', '11/1/2024 +5.4%', '12/1/2024 +10.8%', P1]
    // Only the last row has text of its own below it.
    expect(postStarts(segmentText(table.join('\n'), 'en'))).toEqual([2])
  })

  it('cuts the thread under a long article, with a ledger entry', () => {
    const page = [TITLE, ...ARTICLE, ...THREAD, 'Privacy policy'].join('\n')
    const article = cleanArticle(page, { format: 'text' })
    expect(article.text).toBe(ARTICLE.join('\n\n'))
    expect(article.removed).toContainEqual(
      expect.objectContaining({
        rule: 'article-end',
        reason: 'a comment thread under the article',
        text: C2,
      }),
    )
    // The comments read as prose: on a page declared a thread they stay.
    const thread = cleanArticle(page, { format: 'text', url: 'https://example.org/t/rail/123' })
    expect(thread.text).toContain(C2)
  })

  it('finds a post whose name runs into its date', () => {
    const glued = [TITLE, 'AnnaMarch 3, 2021 at 4:12 PM', C1, 'TomMarch 3, 2021 at 5:40 PM', C2]
    glued.push('MiaMarch 4, 2021 at 9:05 AM', C3)
    expect(postStarts(segmentText(glued.join('\n'), 'en'))).toEqual([1, 3, 5])
  })

  it('cuts a thread whose posts end with "Reply" under a long article', () => {
    const C4 =
      'The new stations look far too small for the number of people who commute from the northern towns every day, and I hope the board listens to the residents at the autumn meetings before the designs are final.'
    const posts = [...THREAD, ...post('Lea Novak', 'March 5, 2021 at 7:30 am', C4)]
    const replied = posts.flatMap((line, i) => (i % 3 === 2 ? [line, 'Reply'] : [line]))
    const page = [TITLE, ...ARTICLE, ...replied].join('\n')
    const blocks = segmentText(page, 'en')
    expect(textPageType(blocks, 0, 'article')).toBe('article')
    expect(cleanArticle(page, { format: 'text' }).text).toBe(ARTICLE.join('\n\n'))
  })

  it('keeps a thread with less article text above it than MIN_ABOVE', () => {
    const blocks = segmentText([TITLE, P1, P2, ...THREAD].join('\n'), 'en')
    expect((blocks[1]?.words ?? 0) + (blocks[2]?.words ?? 0)).toBeLessThan(MIN_ABOVE)
    expect(belowThread(blocks, 0, new Set())).toEqual([])
  })

  it('reads a thread from the top of the page as a discussion, and keeps its posts', () => {
    const lines = [TITLE, ...post('Pepper Pot', 'Jun 7, 2017 at 8:28 pm', P1), P2, P3, P4, P5]
    lines.push(...post('Philipp J.', 'Jun 7, 2017 at 10:25 pm', P6), P7, ...THREAD)
    const blocks = segmentText(lines.join('\n'), 'en')
    expect(textPageType(blocks, 0, 'article')).toBe('discussion')
    const article = cleanArticle(lines.join('\n'), { format: 'text' })
    expect(article.text).toContain(C2)
    expect(article.text).toContain(P6)
  })
})

describe('textPageType', () => {
  const page = (lines: string[]) => segmentText([TITLE, ...lines].join('\n'), 'en')

  it('is an article for prose', () => {
    expect(textPageType(page(ARTICLE), 0, 'article')).toBe('article')
  })

  it('keeps a type the address declared', () => {
    expect(textPageType(page(ARTICLE), 0, 'discussion')).toBe('discussion')
  })

  it('reads a forum by its buttons and member labels', () => {
    const lines = [P1, 'Joined: Mar 2019', 'Posts: 212', 'Reply', 'Quote', P2]
    expect(textPageType(page(lines), 0, 'article')).toBe('discussion')
  })

  it('reads a forum by buttons under its first post, above the replies', () => {
    const lines = [...post('Pepper Pot', 'Jun 7, 2017 at 8:28 pm', P1), 'Reply', 'Quote']
    lines.push(...THREAD.flatMap((line, i) => (i % 3 === 2 ? [line, 'Reply'] : [line])))
    expect(textPageType(page(lines), 0, 'article')).toBe('discussion')
  })

  it('reads a shop by its prices and cart, a listing by many prices', () => {
    const product = [P1, '$49.99', 'Add to cart', 'In stock', '4.5 out of 5 stars']
    expect(textPageType(page(product), 0, 'article')).toBe('product')
    const grid = Array.from({ length: 12 }, (_, i) => [`Chair model ${i}`, `$${i + 20}.00`]).flat()
    expect(textPageType(page(grid), 0, 'article')).toBe('listing')
  })

  it("reads a site's home page as a listing, unless its lines say otherwise", () => {
    expect(textPageType(page(ARTICLE), 0, 'article', true)).toBe('listing')
    const lines = [P1, 'Joined: Mar 2019', 'Posts: 212', 'Reply', 'Quote', P2]
    expect(textPageType(page(lines), 0, 'article', true)).toBe('discussion')
  })
})

describe('homePage', () => {
  it('is an address without a path or a query', () => {
    expect(homePage('https://example.com/')).toBe(true)
    expect(homePage('https://example.com')).toBe(true)
    expect(homePage('https://example.com/?p=3289')).toBe(false)
    expect(homePage('https://example.com/news/2024/story')).toBe(false)
    expect(homePage('not an address')).toBe(false)
    expect(homePage(null)).toBe(false)
  })
})
