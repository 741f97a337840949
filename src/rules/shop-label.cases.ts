import type { RuleCases } from '../rule-tester.js'
import { page, productPage } from './case-pages.js'

export const cases: RuleCases = {
  keep: [
    // A sentence that mentions a badge or a button is prose.
    'The shop said the blue kettle had sold out within an hour of the launch.',
    'Readers can compare the two plans in the table below before they choose.',
    // "New" and "Sale" alone are left: some shops' cards are read with them.
    'New',
    'Sale',
    // A heading that holds more than a label.
    'Compare the best standing desks of the year',
    // In an article, prices and review counts stay.
    {
      html: page('<p>$24.99</p><p>12 reviews</p>'),
      text: '12 reviews',
    },
    // The product's own price, the first in its content, stays.
    {
      html: productPage('<p>$89.00</p><p>Oiled walnut, felt base.</p><p>$12.50</p>'),
      text: '$89.00',
    },
    // A price inside a sentence on a product page is prose.
    {
      html: productPage(
        '<p>$89.00</p><p>Orders over $50 ship free within the country, the shop says.</p>',
      ),
      text: 'Orders over $50 ship free within the country, the shop says.',
    },
  ],
  drop: [
    { text: 'Top Rated', reason: 'badge or button' },
    { text: 'Best Seller', reason: 'badge or button' },
    { text: 'Sold out', reason: 'badge or button' },
    { text: 'New arrival', reason: 'badge or button' },
    { text: 'Quick view', reason: 'badge or button' },
    { text: 'Add to Compare', reason: 'badge or button' },
    { text: 'Add to wishlist', reason: 'badge or button' },
    { text: '3 Colors', reason: 'badge or button' },
    { text: '+2 colours', reason: 'badge or button' },
    { text: 'Choose options', reason: 'badge or button' },
    {
      html: productPage('<p>$89.00</p><p>(24 reviews)</p>'),
      text: '(24 reviews)',
      reason: 'count of reviews',
    },
    {
      html: productPage('<p>$89.00</p><p>No reviews yet</p>'),
      text: 'No reviews yet',
      reason: 'count of reviews',
    },
    // Later prices belong to bundles, accessories and other cards.
    {
      html: productPage('<p>$89.00</p><p>Oiled walnut, felt base.</p><p>$12.50</p>'),
      text: '$12.50',
      reason: 'price after',
    },
    {
      html: productPage('<p>$89.00</p><p>Matching pen tray</p><p>Sale price €19,90</p>'),
      text: 'Sale price €19,90',
      reason: 'price after',
    },
    {
      html: productPage('<p>$89.00</p><p>Matching pen tray</p><p>From USD 24 – USD 30</p>'),
      text: 'From USD 24 – USD 30',
      reason: 'price after',
    },
  ],
}
