import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { gridCards, priceGrids } from '../src/text/price-grid.js'
import { segmentText } from '../src/text/segment.js'

const BRANDS = ['Northwind', 'Harbor', 'Alder', 'Northwind', 'Harbor', 'Alder']
const NAMES = [
  'Oak Writing Desk with Drawer',
  'Standing Desk, Walnut Top',
  'Corner Desk in White Ash',
  'Folding Wall Desk, Pine',
  'Compact Desk with Shelf',
  'Glass Top Office Desk',
]
/** A card: name, price, brand. */
const cards = NAMES.flatMap((name, i) => [name, `$${129 + i * 20}.00`, BRANDS[i] as string])
const MENU = [
  'Home',
  'Desks',
  'Chairs',
  'Storage',
  'Lighting',
  'Sale',
  'Northwind',
  'Harbor',
  'Alder',
]
const FOOTER = ['About us', 'Contact', 'Shipping', 'Returns', 'Careers']
/** The collection's own text below the grid: the strict pass keeps it, so the page is not escalated. */
const GUIDE = [
  'Choosing a desk starts with the room: measure the wall or the corner where it will stand, and leave enough space behind the chair to push it back comfortably when you stand up.',
  'A writing desk with a drawer keeps papers out of sight, while a standing desk lets you change position during the day. Solid wood tops last for years and can be oiled again when they wear.',
]

describe('priceGrids', () => {
  it('finds cards whose price lines recur at a fixed period', () => {
    const blocks = segmentText(['Desks', ...cards].join('\n'), 'en')
    // Three lines a card: the name above each price and the brand below it.
    expect(priceGrids(blocks, 0)).toEqual([[1, 18]])
  })

  it('lets a card hold up to two lines more than the first (a badge, a note)', () => {
    // The second card is followed by two lines of its own: "New", "Sale".
    const varied = [...cards.slice(0, 6), 'New', 'Sale', ...cards.slice(6)]
    const blocks = segmentText(['Desks', ...varied].join('\n'), 'en')
    expect(priceGrids(blocks, 0)).toEqual([[1, 20]])
    // Three lines more: the grid starts after them.
    const broken = [...cards.slice(0, 6), 'New', 'Sale', 'Only 2 left', ...cards.slice(6)]
    expect(priceGrids(segmentText(['Desks', ...broken].join('\n'), 'en'), 0)).toEqual([[9, 21]])
  })

  it('needs four priced cards, close together', () => {
    const three = segmentText(['Desks', ...cards.slice(0, 9)].join('\n'), 'en')
    expect(priceGrids(three, 0)).toEqual([])
    // Price lines too far apart (13 lines) are no grid.
    const apart = NAMES.flatMap((n, i) => [
      n,
      `$${100 + i}`,
      ...Array<string>(11).fill('Detail line'),
    ])
    expect(priceGrids(segmentText(['Desks', ...apart].join('\n'), 'en'), 0)).toEqual([])
  })
})

describe('gridCards', () => {
  const blocks = segmentText(['Desks', ...cards, 'Add to cart'].join('\n'), 'en')
  const dropped = new Map<number, string>()
  for (let i = 1; i < blocks.length; i++)
    dropped.set(i, ['repeated-line', 'boilerplate-context', 'duplicate-block'][i % 3] as string)

  it("undoes the context rule's, repeated-line's and duplicate-block's drops inside the grid", () => {
    expect(gridCards(blocks, 0, dropped)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1))
  })

  it("leaves other rules' drops and buttons", () => {
    const other = new Map(dropped)
    other.set(2, 'merch-ad')
    expect(gridCards(blocks, 0, other)).not.toContain(2)
    const withButton = segmentText(
      ['Desks', ...cards.slice(0, 11), 'View options', ...cards.slice(11)].join('\n'),
      'en',
    )
    const all = new Map<number, string>()
    for (let i = 1; i < withButton.length; i++) all.set(i, 'repeated-line')
    expect(gridCards(withButton, 0, all)).not.toContain(12)
  })

  it('leaves a grid outweighed by the text kept above it (related products)', () => {
    const prose =
      'This solid oak desk has a deep drawer, brass handles and a hand-oiled top that ages well with use over the years.'
    const page = segmentText(
      ['Oak Writing Desk', prose, prose, prose, prose, ...cards].join('\n'),
      'en',
    )
    const drops = new Map<number, string>()
    for (let i = 5; i < page.length; i++) drops.set(i, 'boilerplate-context')
    expect(gridCards(page, 0, drops)).toEqual([])
  })
})

describe('a shop page in plain text', () => {
  it('keeps its grid of priced cards beside its own text, not its menus', () => {
    const text = [
      'Desks | Example Shop',
      ...MENU,
      'Desks',
      'Sort by: Best selling',
      ...cards,
      ...GUIDE,
      ...FOOTER,
      ...MENU,
    ].join('\n')
    const article = cleanArticle(text, { format: 'text' })
    for (const name of NAMES) expect(article.text).toContain(name)
    expect(article.text).toContain('$149.00')
    expect(article.text).toContain(GUIDE[0])
    expect(article.text).not.toContain('Careers')
  })
})
