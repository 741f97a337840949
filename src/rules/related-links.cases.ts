import type { RuleCases } from '../rule-tester.js'
import { ARTICLE, DE_P1, DE_TITLE, P1, P2, P3, page, productPage, TITLE } from './case-pages.js'

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
    // A subheading after an inline "Read more: <title>" line is the article's again.
    {
      text: 'Freedom fighters replace colonial leaders',
      before: [TITLE, P1, 'Read more: Recognizing colonial crimes in the capital'],
      after: [P2, P3],
    },
    {
      html: page(
        '<p>More than a dozen related projects are waiting for money from the same fund, officials said.</p>',
      ),
      text: 'More than a dozen related projects are waiting for money from the same fund, officials said.',
    },
    // A read-more expander holds the rest of the article: its own paragraphs stay.
    {
      html: page(
        '<div class="read-more"><p class="read-more-content">The council will vote on the second phase of the plan in the autumn, after a public consultation.</p></div>',
      ),
      text: 'The council will vote on the second phase of the plan in the autumn, after a public consultation.',
    },
    // A carousel of an article (its photos, its chapters) is the article's.
    {
      html: page(
        '<div class="story-carousel"><p>The first trains are due to run on the new line in the spring of 2027.</p></div>',
      ),
      text: 'The first trains are due to run on the new line in the spring of 2027.',
    },
  ],
  drop: [
    // A product page's carousel: other products, bought together or viewed instead.
    {
      html: productPage(
        '<div class="alternative-products-carousel"><div class="carousel-item"><h3>Oak pen tray</h3><p>£24.00</p></div></div>',
      ),
      text: 'Oak pen tray',
      reason: "product page's carousel",
    },
    { text: 'Related Articles', before: ARTICLE, reason: 'related-links heading' },
    // A heading that trails off into the box below it.
    {
      text: 'Das könnte Dich auch interessieren …',
      before: ARTICLE,
      reason: 'related-links heading',
    },
    { text: 'Meistgeklickt', before: ARTICLE, reason: 'related-links heading' },
    { text: 'Verwandte Beiträge', before: ARTICLE, reason: 'related-links heading' },
    { text: 'Temas Relacionados', before: ARTICLE, reason: 'related-links heading' },
    {
      text: 'Read more: City to expand bike lanes along the river',
      before: ARTICLE,
      reason: 'related-links heading',
    },
    { text: 'You may also like', reason: 'related-links heading' },
    { text: 'Recommended Posts', before: ARTICLE, reason: 'related-links heading' },
    { text: 'Read More Articles', before: ARTICLE, reason: 'related-links heading' },
    { text: 'Related Insights', before: ARTICLE, reason: 'related-links heading' },
    { text: 'Other posts you’ll love:', before: ARTICLE, reason: 'related-links heading' },
    { text: 'More you might like', before: ARTICLE, reason: 'related-links heading' },
    {
      text: 'You may be interested in the following topics as well:',
      before: ARTICLE,
      reason: 'related-links heading',
    },
    {
      text: 'Related articles that may interest you',
      before: ARTICLE,
      reason: 'related-links heading',
    },
    { text: 'Keep Exploring This Topic.', before: ARTICLE, reason: 'related-links heading' },
    { text: 'Recently by Ann Lee', before: ARTICLE, reason: 'related-links heading' },
    { text: 'También te puede interesar', before: ARTICLE, reason: 'related-links heading' },
    { text: 'Articles recommandés', before: ARTICLE, reason: 'related-links heading' },
    { text: 'Weitere interessante Artikel', before: ARTICLE, reason: 'related-links heading' },
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
    {
      text: 'Le puede interesar: El puerto abre una nueva terminal',
      reason: 'related-links heading',
    },
    { text: 'Auch lesen: Wie die Bahn pünktlicher werden will', reason: 'related-links heading' },
    {
      text: 'VEA TAMBIÉN: El puerto abre una nueva terminal',
      reason: 'related-links heading',
    },
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
    // The link of a read-more box goes…
    {
      html: page('<p class="read-more"><a href="/next">Continue reading the full story</a></p>'),
      text: 'Continue reading the full story',
      reason: 'related-links element',
    },
    // …and a teaser's excerpt in a related box goes, sentence or not.
    {
      html: page(
        '<div class="related-posts"><h4><a href="/a">Harbour bridge to close</a></h4><p>The harbour bridge will close for six weeks of repairs from Monday, the city said.</p></div>',
      ),
      text: 'The harbour bridge will close for six weeks of repairs from Monday, the city said.',
      reason: 'related-links element',
    },
  ],
}
