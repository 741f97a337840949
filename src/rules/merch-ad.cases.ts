import type { RuleCases } from '../rule-tester.js'
import { P1, P2, page, pageWithInset, productPage, TITLE } from './case-pages.js'

export const cases: RuleCases = {
  keep: [
    // A banner of an article (its lead figure, a fact box) is the article's.
    {
      html: page(
        '<div class="story-banner"><p>The first trains are due to run on the new line in the spring of 2027.</p></div>',
      ),
      text: 'The first trains are due to run on the new line in the spring of 2027.',
    },
    // A commission without links, and the Commission, are news.
    'Estate agents earn a commission of 1.5 per cent on every sale, the report found.',
    'The European Commission said it would examine the links between the two companies.',
    'Der Makler erhält eine Provision von drei Prozent des Kaufpreises.',
    // A price inside a sentence is news.
    'The new model will cost $1,299 when it goes on sale in October, the company said.',
    'Commander Ruth Okafor said the new base had cost $40 million to build.',
    // A dollar sign in a Latin American price is news too.
    'Muchos ahorradores prefieren comprar dólares: el billete cerró a $1.045.',
    // A call to action inside a sentence, no price.
    'Analysts said shoppers who order now could face delays of several weeks because of the port strike.',
    'Buy now, pay later schemes have grown rapidly among young shoppers, regulators warned.',
    'Die Miete stieg im Schnitt auf 12,40 Euro pro Quadratmeter, teilte das Statistikamt mit.',
    'Le ticket de métro coûte désormais 2,15 euros, contre 1,90 euro l’an dernier.',
    'El litro de aceite de oliva llegó a 9,80 euros en marzo, según las cadenas de supermercados.',
    // A headline about advertising, not an ad label.
    'Advertising Revenue Falls for a Third Quarter',
    'Ad hoc committees will review the budget.',
    {
      html: pageWithInset(
        '<p>Tickets for the first trains will cost €3.50 and riders can buy them now at any station, officials said.</p>',
      ),
      text: 'Tickets for the first trains will cost €3.50 and riders can buy them now at any station, officials said.',
    },
    {
      html: pageWithInset(
        '<p class="lead">Advertisers have pulled out of the regional papers that covered the vote.</p>',
      ),
      text: 'Advertisers have pulled out of the regional papers that covered the vote.',
    },
  ],
  drop: [
    // A product page's banner: an offer, loyalty points, an "open in the app" prompt.
    {
      html: productPage(
        '<div class="promo-banner"><p>Members earn 24 points on this purchase.</p></div>',
      ),
      text: 'Members earn 24 points on this purchase.',
      reason: "product page's banner",
    },
    {
      text: 'Für Links auf dieser Seite erhält der Verlag ggf. eine Provision vom Händler.',
      reason: 'affiliate disclosure',
    },
    {
      text: 'This post contains affiliate links: if you buy through them, we may earn a small fee at no cost to you.',
      reason: 'affiliate disclosure',
    },
    {
      text: 'As an Amazon Associate I earn from qualifying purchases.',
      reason: 'affiliate disclosure',
    },
    {
      html: pageWithInset(
        '<div class="affiliate-text"><p>We earn a commission when you buy through the links on this page.</p></div>',
      ),
      text: 'We earn a commission when you buy through the links on this page.',
      reason: 'ad container',
    },
    {
      text: 'Handmade Ceramic Coffee Mug - Ocean Blue Glaze $18.50 USD Shop now>>',
      before: [TITLE, P1],
      after: [P2],
      reason: 'product with price and call to action',
    },
    {
      text: 'Wetterfeste Outdoorjacke für Damen – €89,95 Jetzt kaufen',
      reason: 'product with price and call to action',
    },
    {
      text: 'Sac à dos en toile recyclée – 49,90 EUR – Ajouter au panier',
      reason: 'product with price and call to action',
    },
    {
      text: 'Camiseta de algodón orgánico 19,95 EUR Comprar ahora',
      reason: 'product with price and call to action',
    },
    // A trailing euro sign after the number.
    {
      text: 'Sac à dos en toile recyclée 49,90 € Ajouter au panier',
      reason: 'product with price',
    },
    { text: 'Wasserdichte Wanderschuhe 129,00 € Jetzt kaufen', reason: 'product with price' },
    { text: 'Shop the collection >>', reason: 'shopping call to action' },
    { text: 'Advertisement', before: [TITLE, P1], after: [P2], reason: 'ad label' },
    { text: 'Anzeige', reason: 'ad label' },
    { text: 'Publicité', reason: 'ad label' },
    { text: 'Publicidad', reason: 'ad label' },
    { text: 'Sponsored by Fernwood Outdoor Co.', reason: 'ad label' },
    {
      html: pageWithInset(
        '<div class="ad-slot"><p>Discover the autumn range in stores and online</p></div>',
      ),
      text: 'Discover the autumn range in stores and online',
      reason: 'ad container',
    },
    {
      html: pageWithInset(
        '<div class="sponsor-note"><p>Presented by a regional energy cooperative</p></div>',
      ),
      text: 'Presented by a regional energy cooperative',
      reason: 'ad container',
    },
  ],
}
