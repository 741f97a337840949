import type { RuleCases } from '../rule-tester.js'
import { page, productPage } from './case-pages.js'

/** A product page whose card of another product shows `label` under its name. */
const card = (label: string): string =>
  productPage(`<div class="product-card"><p>Walnut pen tray</p><p>${label}</p></div>`)

export const cases: RuleCases = {
  keep: [
    // A sentence that mentions a badge or a button is prose.
    {
      html: page('<p>The shop said the blue kettle had sold out within an hour of the launch.</p>'),
      text: 'The shop said the blue kettle had sold out within an hour of the launch.',
    },
    // "New" and "Sale" alone are left: some shops' cards are read with them.
    { html: card('New'), text: 'New' },
    { html: card('Sale'), text: 'Sale' },
    // A heading that holds more than a label.
    {
      html: page(
        '<h2>Compare the best standing desks of the year</h2><p>Four desks passed our tests.</p>',
      ),
      text: 'Compare the best standing desks of the year',
    },
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
    { html: card('Top Rated'), text: 'Top Rated', reason: 'badge or button' },
    { html: card('Best Seller'), text: 'Best Seller', reason: 'badge or button' },
    { html: card('Sold out'), text: 'Sold out', reason: 'badge or button' },
    { html: card('New arrival'), text: 'New arrival', reason: 'badge or button' },
    { html: card('Quick view'), text: 'Quick view', reason: 'badge or button' },
    { html: card('Add to Compare'), text: 'Add to Compare', reason: 'badge or button' },
    { html: card('Add to wishlist'), text: 'Add to wishlist', reason: 'badge or button' },
    { html: card('3 Colors'), text: '3 Colors', reason: 'badge or button' },
    { html: card('+2 colours'), text: '+2 colours', reason: 'badge or button' },
    { html: card('Choose options'), text: 'Choose options', reason: 'badge or button' },
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
