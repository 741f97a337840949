import { describe, expect, it } from 'vitest'
import { cleanArticle, recommended } from '../src/index.js'
import { ESCALATE_SHARE, keptTooLittle } from '../src/text/escalate.js'
import { segmentText } from '../src/text/segment.js'

const COLOURS = ['Blue', 'Green', 'Amber', 'Grey', 'Rust', 'Ivory', 'Olive', 'Plum', 'Sand', 'Teal']
const THINGS = ['stoneware mug', 'linen apron', 'oak spoon set', 'glass carafe', 'wool throw']

/** A shop's category page as a scraper flattens it: one short line per card field. */
function shopText(): string {
  const cards: string[] = []
  for (const colour of COLOURS)
    for (const [k, thing] of THINGS.entries()) {
      cards.push(`${colour} ${thing} handmade in small batches`, `€${12 + k}.50`)
    }
  return [
    'Kitchen and table | Harbour Goods',
    'Home',
    'Shop',
    'Journal',
    'Contact',
    'Kitchen and table',
    'Everything on this page is made in our workshop by the harbour, from clay, wood and cloth that we buy from the farms and mills of the valley, and each piece is a little different from the last one. Orders placed before noon leave the workshop on the same day, wrapped in paper.',
    ...cards,
    'Shipping',
    'Returns',
  ].join('\n')
}

describe('recall escalation in plain text', () => {
  it('judges a listing relaxed when the strict pass keeps a small share of it', () => {
    const text = shopText()
    const article = cleanArticle(text, { format: 'text' })
    expect(article.text).toContain('Everything on this page is made in our workshop')
    expect(article.text).toContain('Blue stoneware mug handmade in small batches')
    expect(article.text).toContain('Plum wool throw handmade in small batches')
    expect(article.text).not.toContain('Journal')
    // Without the escalation (no aggressive rule to relax), the cards are menus.
    const strictOnly = cleanArticle(text, {
      format: 'text',
      rules: recommended.map((r) => ({ ...r, aggressive: false })),
    })
    expect(strictOnly.text).not.toContain('Blue stoneware mug')
  })

  it('leaves an article with a long menu around it to the strict pass', () => {
    const prose =
      'The harbour board met on Tuesday to agree the budget for the coming year, and it decided after a long debate to repair the north pier before the winter storms arrive.'
    const menu = Array.from({ length: 30 }, (_, i) => `Section ${i + 1}`)
    const text = [
      'Harbour board agrees the budget',
      ...menu,
      prose,
      prose.replace('Tuesday', 'Friday'),
      ...menu.map((m) => `${m} archive`),
    ].join('\n')
    const article = cleanArticle(text, { format: 'text' })
    expect(article.text).toContain('met on Tuesday')
    expect(article.text).not.toContain('Section 12')
  })

  it('compares the kept words with the words below the title', () => {
    const blocks = segmentText(
      [
        'Title line here',
        'one two three four five six seven eight nine ten',
        ...Array(9).fill('a b c d e f g h i j'),
      ].join('\n'),
      'en',
    )
    const below = new Set(blocks.slice(2).map((b) => b.index))
    // 10 of 100 words below the title kept: under the share.
    expect(10 / 100).toBeLessThan(ESCALATE_SHARE)
    expect(keptTooLittle(blocks, 0, below)).toBe(true)
    expect(keptTooLittle(blocks, 0, new Set([2, 3, 4, 5, 6, 7]))).toBe(false)
    // Nothing below the title: nothing to escalate.
    expect(keptTooLittle(blocks.slice(0, 1), 0, new Set())).toBe(false)
  })
})
