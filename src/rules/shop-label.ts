import { defineRule } from '../define-rule.js'
import type { Block, Verdict } from '../types.js'
import { isLocated, perPage, wholeLine } from './util.js'

/** Longer blocks say more than a label and are left to the other rules. */
const SHORT = 8

/**
 * A product card's badge or button, alone on its line: "Top Rated", "Sold
 * out", "Quick view", "Add to compare", "3 Colors". Prices, names and the
 * words "New" and "Sale" are left alone: some shops' cards are read with them.
 */
const CARD_LABEL = wholeLine([
  'top rated',
  'best ?sellers?',
  'new arrivals?',
  'award winner',
  'sold out',
  'limited edition',
  'low stock',
  'back in stock',
  'online only',
  'staff pick',
  "editor(?:'|’)?s (?:pick|choice)",
  'customer favou?rite',
  'most popular',
  'quick (?:view|shop|add)',
  'add to (?:cart|bag|basket|wish ?list|compare)',
  '(?:choose|select|see|view) options',
  'view details',
  'compare',
  'wish ?list',
  'save for later',
  'notify me(?: when available)?',
  'more colou?rs?',
  '\\+ ?\\d+ (?:more )?colou?rs?',
  '\\d+ colou?rs?(?: available)?',
])

/** A product's count of reviews or its call for one: "(12 reviews)", "No reviews yet", "4.5 out of 5 stars". */
const REVIEW_COUNT = wholeLine([
  '\\(?\\d[\\d,.]*\\)? (?:reviews?|ratings?)\\)?',
  '(?:no|0) (?:reviews?|ratings?|feedback)(?: yet)?\\.?',
  'be the first to (?:review|write a review)(?: this (?:product|item))?\\.?',
  'write a review',
  '\\d(?:\\.\\d)? out of 5 stars?',
])

/** A currency sign, with or without the amount glued to it. */
const CURRENCY_SIGN = /[$€£¥₹]/u
/** An amount, a currency sign before or after it. */
const AMOUNT = /^[$€£¥₹]?\d[\d.,]*[$€£]?$/u
/** Currency codes and the words a price line puts around its amounts. */
const PRICE_WORDS: ReadonlySet<string> = new Set([
  'usd',
  'eur',
  'gbp',
  'cad',
  'aud',
  'chf',
  'sale',
  'regular',
  'price',
  'price:',
  'from',
  'was',
  'now',
  'starting',
  'at',
  'our',
  'list',
  'to',
  '-',
  '–',
  '/',
])
const CODES: ReadonlySet<string> = new Set(['usd', 'eur', 'gbp', 'cad', 'aud', 'chf'])

/** A line of prices alone: "$79.99 $119.99", "Sale price $74.95", "From €29", "111,84€". */
export function isPriceLine(text: string): boolean {
  let amounts = 0
  let currency = false
  for (const token of text.toLowerCase().split(/\s+/u)) {
    if (token === '') continue
    if (AMOUNT.test(token)) {
      amounts++
      if (CURRENCY_SIGN.test(token)) currency = true
    } else if (PRICE_WORDS.has(token)) {
      if (CODES.has(token)) currency = true
    } else return false
  }
  return amounts > 0 && currency
}

/** The first price line of the located content: the product's own price. */
const firstPrice = perPage((blocks) => {
  for (const block of blocks) {
    if (block.words <= SHORT && isLocated(block) && isPriceLine(block.text)) return block.index
  }
  return -1
})

function judge(block: Block, pageType: string, blocks: readonly Block[]): Verdict | undefined {
  if (block.words > SHORT) return undefined
  const text = block.text.trim()
  if (CARD_LABEL.test(text)) return { drop: true, reason: "a product card's badge or button" }
  if (pageType !== 'product') return undefined
  if (REVIEW_COUNT.test(text)) return { drop: true, reason: 'a count of reviews' }
  if (isPriceLine(text) && block.index !== firstPrice(blocks))
    return { drop: true, reason: 'a price after the product’s own' }
  return undefined
}

/** Shop labels: card badges and buttons, and on a product page later prices and review counts. */
export const shopLabel = defineRule({
  id: 'shop-label',
  category: 'boilerplate',
  // Plain text: a scraper's text loses its cards' structure, and a listing read from it lost more than it gained.
  formats: ['html'],
  description:
    'Drops a shop\'s labels: a product card\'s badge or button alone on its line ("Top Rated", "Sold out", "Quick view", "3 Colors") and, on a product page, review counts and the price lines after the product\'s own.',
  test: (block, context) => judge(block, context.pageType, context.blocks),
})
