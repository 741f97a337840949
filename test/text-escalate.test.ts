import { describe, expect, it } from 'vitest'
import { cleanArticle, recommended } from '../src/index.js'
import {
  ESCALATE_SHARE,
  keptLinesSay,
  keptTooLittle,
  LENIENT_LINE_WORDS,
} from '../src/text/escalate.js'
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

describe('the last resort in plain text', () => {
  const NAMES = [
    'Vintage brass compass in a wooden box',
    'Hand painted tin robot from 1960',
    'Signed print of a harbour at dusk',
    'Set of six enamel pin badges',
    'Carved walnut bookends shaped like owls',
    'Porcelain tea cup with gold rim',
  ]

  it('keeps what no named rule drops when both passes keep almost nothing', () => {
    // Cards between symbol lines, their fields repeated: menus to both passes.
    const lines = ['Collectibles | Example Market', 'Home', 'Collectibles']
    for (const name of NAMES) lines.push('| /', name, 'Brand New', 'Free shipping')
    lines.push('| /', 'Help', 'Contact')
    const article = cleanArticle(lines.join('\n'), { format: 'text' })
    for (const name of NAMES) expect(article.text).toContain(name)
    // `navigation` still names the menu.
    expect(article.text).not.toContain('Contact')
  })

  it('takes no lines of single words (an archive of months) for content', () => {
    const blocks = segmentText(['Archive', '2024', 'Jan', 'Feb', 'Mar', 'Apr'].join('\n'), 'en')
    expect(keptLinesSay(blocks, 0, new Set())).toBe(false)
    const cards = segmentText(['Shop', ...NAMES.slice(0, 2), 'Jan', 'Feb'].join('\n'), 'en')
    expect(keptLinesSay(cards, 0, new Set())).toBe(true)
    // Three words over two lines: LENIENT_LINE_WORDS a line, just.
    expect(3 / 2).toBeGreaterThanOrEqual(LENIENT_LINE_WORDS)
    expect(keptLinesSay(segmentText('Shop\nbrass compass\nbox', 'en'), 0, new Set())).toBe(true)
    expect(keptLinesSay(cards, 0, new Set([1, 2, 3, 4]))).toBe(false)
  })
})
