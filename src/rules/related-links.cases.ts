import type { RuleCases } from '../rule-tester.js'

const TITLE = 'Regional Rail Line to Reach the Northern Suburbs'
const P1 =
  'The regional transit authority approved a plan on Thursday to extend the northern rail line by fourteen kilometres, adding five stations that planners say will serve roughly forty thousand riders a day by the end of the decade.'
const P2 =
  'Board members voted after a four-hour hearing in which residents, shop owners and union representatives argued over the route, the cost and the years of construction that the project will bring to the neighbourhoods along the river.'
const P3 =
  'Supporters said the extension would cut commuting times in half for families in the outer suburbs, while critics warned that the authority had underestimated the price of tunnelling beneath the old industrial district.'
const ARTICLE = [TITLE, P1, P2, P3]

const DE_TITLE = 'Stadtrat beschließt neues Radwegenetz für die Innenstadt'
const DE_P1 =
  'Der Stadtrat hat am Donnerstag mit großer Mehrheit beschlossen, das Radwegenetz in der Innenstadt bis zum Ende des Jahrzehnts deutlich auszubauen und mehrere Hauptstraßen für den Autoverkehr zu verengen.'

/** An HTML article with `end` after its last paragraph. */
function page(end: string): string {
  return `<!doctype html><html lang="en"><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p>${end}</article></body></html>`
}

export const cases: RuleCases = {
  keep: [
    'Related charges were filed against two other executives in March.',
    'Popular support for the measure has fallen to 38 percent, a new poll shows.',
    'Mehr als 300 Menschen demonstrierten am Samstag in der Innenstadt.',
    'Sur le même sujet, le ministre est resté silencieux pendant des semaines.',
    'Los artículos relacionados con la reforma fueron aprobados ayer por el Senado.',
    // Short lines under an ordinary heading are a list, not link titles.
    { text: '200 g of plain flour', before: [TITLE, P1, 'Ingredients'], after: ['2 eggs', P2] },
    // A short line after a related heading, but with prose in between.
    { text: 'A quieter Sunday on the river', before: [TITLE, 'Related', P1], after: [P2, P3] },
    {
      html: page(
        '<p>More than a dozen related projects are waiting for money from the same fund, officials said.</p>',
      ),
      text: 'More than a dozen related projects are waiting for money from the same fund, officials said.',
    },
  ],
  drop: [
    { text: 'Related Articles', before: ARTICLE, reason: 'related-links heading' },
    {
      text: 'Read more: City to expand bike lanes along the river',
      before: ARTICLE,
      reason: 'related-links heading',
    },
    { text: 'You may also like', reason: 'related-links heading' },
    { text: 'Mehr zum Thema', reason: 'related-links heading' },
    { text: 'Weitere Artikel', before: [TITLE, P1, P2], reason: 'related-links heading' },
    {
      text: 'Lesen Sie auch: Wie die Bahn pünktlicher werden will',
      reason: 'related-links heading',
    },
    {
      text: 'Lire aussi : La ville veut planter dix mille arbres',
      reason: 'related-links heading',
    },
    { text: 'Sur le même sujet', reason: 'related-links heading' },
    { text: 'En savoir plus', before: [TITLE, P1, P2], reason: 'related-links heading' },
    { text: 'Noticias relacionadas', reason: 'related-links heading' },
    { text: 'Te puede interesar', reason: 'related-links heading' },
    { text: 'Más información', before: [TITLE, P1, P2], reason: 'related-links heading' },
    {
      text: 'Harbour bridge to close for six weeks of repairs',
      before: [...ARTICLE, 'Related Stories', 'Council approves new cycle lanes downtown'],
      reason: 'link title under a related-links heading',
    },
    // A question-shaped link title under a bare "Read more".
    {
      text: 'Is the four-day week here to stay?',
      before: [TITLE, P1, P2, 'Read more', 'City to expand bike lanes'],
      reason: 'link title',
    },
    {
      text: 'Neue Tarifzonen ab Januar',
      before: [DE_TITLE, DE_P1, 'Mehr zum Thema'],
      after: ['Wo die Stadt noch Parkplätze streicht'],
      reason: 'link title under a related-links heading',
    },
    {
      html: page(
        '<div class="related-posts"><ul><li><a href="/a">Harbour bridge to close for repairs</a></li><li><a href="/b">New ferry route opens in spring</a></li></ul></div>',
      ),
      text: 'Harbour bridge to close for repairs\nNew ferry route opens in spring',
      reason: 'related-links element',
    },
    {
      html: page('<aside class="more-from"><h3>Around the region</h3></aside>'),
      text: 'Around the region',
      reason: 'related-links element',
    },
  ],
}
