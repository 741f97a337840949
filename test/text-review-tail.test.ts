import { describe, expect, it } from 'vitest'
import { classify } from '../src/classify/classify.js'
import { recommended } from '../src/index.js'
import { prepareText } from '../src/text/prepare.js'
import { reviewsHeading, reviewTail } from '../src/text/review-tail.js'

describe('reviewsHeading', () => {
  it('reads a shop’s reviews headings, with or without a count', () => {
    for (const line of [
      'Reviews',
      'Customer Reviews',
      'Ratings & Reviews',
      '51 Reviews',
      'Reviews (29)',
      '1,204 reviews',
      'Kundenbewertungen',
      'Avis clients',
    ])
      expect(reviewsHeading(line)).toBe(true)
  })

  it('leaves lines that only mention reviews', () => {
    for (const line of [
      'Read all reviews',
      'Reviews of the new camera body from three magazines',
      'Write a review',
      'Review guidelines',
      'Rated 4.6 out of 5',
    ])
      expect(reviewsHeading(line)).toBe(false)
  })
})

const DESCRIPTION = [
  'The Harbor kettle holds a litre and a half and boils it in under four minutes on any hob, induction included.',
  'Its body is brushed steel over an enamel core, so the outside stays cool enough to hold while the water rolls.',
  'The whistle lifts off with the lid, and the handle folds flat for storage in a drawer or a camping box.',
  'Every kettle is pressed and finished in our workshop and carries a ten-year guarantee on the body and the base.',
].join('\n')
const REVIEW =
  'Bought it for the boat and it has been perfect for a whole summer of early mornings.'
const REVIEWS = [
  'Customer Reviews',
  'I have used this kettle every morning for a year and the steel still looks new after all that time.',
  REVIEW,
].join('\n')
const TAB_BAR = ['Description', 'Specifications', 'Reviews (38)'].join('\n')

function tail(text: string): string[] {
  const page = prepareText(text, 'https://shop.example.com/products/harbor-kettle')
  return reviewTail(page.blocks, page.titleIndex, new Set()).map(
    (index) => page.blocks[index]?.text ?? '',
  )
}

describe('reviewTail', () => {
  it('takes the reviews from their heading to the end when the description outweighs them', () => {
    const lines = tail(`Harbor Kettle\n${DESCRIPTION}\n${REVIEWS}`)
    expect(lines[0]).toBe('Customer Reviews')
    expect(lines).toContain(REVIEW)
    expect(lines.some((line) => line.startsWith('The Harbor kettle'))).toBe(false)
  })

  it('leaves a reviews tab above the description', () => {
    expect(tail(`Harbor Kettle\n${TAB_BAR}\n${DESCRIPTION}\n${REVIEWS}`)).toEqual([])
  })

  it('leaves a page whose reviews outweigh the text above them', () => {
    const many = Array.from({ length: 12 }, () => REVIEWS.split('\n').slice(1).join('\n'))
    expect(tail(`Harbor Kettle\n${REVIEWS}\n${many.join('\n')}`)).toEqual([])
  })
})

describe('reviews in classify', () => {
  const text = `Harbor Kettle\n${DESCRIPTION}\n${REVIEWS}`
  const page = prepareText(text, 'https://shop.example.com/products/harbor-kettle')
  const reasons = (pageType: 'product' | 'article' | 'discussion') =>
    [...classify({ ...page, pageType }, recommended, {}, false).drops.values()]
      .filter((drop) => drop.block.text === REVIEW)
      .map((drop) => `${drop.rule.id}: ${drop.verdict.reason}`)

  it('drops them under comment-section on a product page', () => {
    expect(reasons('product')).toEqual(["comment-section: customer reviews below a shop's product"])
  })

  it('drops them on a page read as an article too', () => {
    expect(reasons('article')).toEqual(["comment-section: customer reviews below a shop's product"])
  })

  it('leaves them on a discussion, whose replies are its content', () => {
    expect(reasons('discussion')).toEqual([])
  })
})
