import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { prepareText } from '../src/text/prepare.js'
import { fieldLabel, SPEC_MIN, SPEC_WORDS, specLines } from '../src/text/spec.js'

describe('fieldLabel', () => {
  it('reads "Label: value" lines as fields', () => {
    expect(fieldLabel('Weight: 332 g')).toBe('weight')
    expect(fieldLabel('Print length \u200f : \u200e 320 pages')).toBe('print length')
    expect(fieldLabel('Color: Stone')).toBe('color')
  })

  it('leaves times, long labels, bare lines and headlines with a subtitle', () => {
    expect(fieldLabel('Monday 8:30am - 5pm')).toBeNull()
    expect(fieldLabel('What we learned from our first year: a lot')).toBeNull()
    expect(fieldLabel('Free shipping on all orders')).toBeNull()
    expect(fieldLabel('Brand Strategy: An Innovative Approach to Growth')).toBeNull()
    expect(fieldLabel('https://example.com')).toBeNull()
  })
})

const sheet = ['Weight: 332 g', 'Driver diameter: 40 mm', 'Battery life: up to 30 hours']

describe('specLines', () => {
  const lines = (text: string[]) => {
    const page = prepareText(text.join('\n\n'))
    return [...specLines(page.blocks)].map((i) => page.blocks[i]?.text)
  }

  it(`finds ${SPEC_MIN} fields or more in a row, each label once on the page`, () => {
    expect(lines(['Headphones', ...sheet, 'Reviews'])).toEqual(sheet)
    expect(lines(['Headphones', ...sheet.slice(0, SPEC_MIN - 1), 'Reviews'])).toEqual([])
  })

  it('leaves fields whose labels repeat (review cards, opening hours)', () => {
    const cards = ['Age: 35–44', 'Height: 5 ft 8', 'Fit: true to size', 'Age: 25–34']
    expect(lines(['Reviews', ...cards, 'More'])).toEqual([])
  })

  it('leaves numbered lists and lines longer than a field', () => {
    const chapters = [
      'Chapter one: what are we doing',
      'Chapter two: functions',
      'Chapter three: purity',
    ]
    expect(lines(['Contents', ...chapters, 'About'])).toEqual([])
    const long = `Anna: ${'a very long comment '.repeat(Math.ceil(SPEC_WORDS / 4))}`
    expect(lines(['Comments', long, 'Ben: thanks', 'Cleo: nice', 'Dan: ok'])).toEqual([
      'Ben: thanks',
      'Cleo: nice',
      'Dan: ok',
    ])
  })
})

describe('spec sheets on a shop page (plain text)', () => {
  const page = (spec: string[]) =>
    [
      'Studio Headphones | Example Shop',
      'Home',
      'Shop',
      'Cart',
      'Studio Headphones',
      '$129.00',
      'Add to cart',
      'In stock',
      '4.5 out of 5 stars',
      'Description',
      'These closed-back headphones are built for long sessions in the studio and at home, with soft ear cushions and a detachable cable that is easy to replace when it wears out.',
      'The drivers are tuned for a flat, honest sound, so that what you hear while mixing is what your listeners will hear on their own speakers and headphones.',
      'Specifications',
      ...spec,
      'Customers also bought',
      'Studio Monitor Stand',
      'Cable Organiser',
      'Privacy policy',
      'Terms of service',
    ].join('\n')

  it('keeps the sheet that the context rule would take for a menu', () => {
    const fields = [
      'Weight: 332 g',
      'Driver diameter: 40 mm',
      'Impedance: 32 ohm',
      'Cable: 3 m detachable',
    ]
    const article = cleanArticle(page(fields), { format: 'text' })
    for (const field of fields) expect(article.text).toContain(field)
  })
})
