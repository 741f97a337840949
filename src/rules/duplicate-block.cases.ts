import type { RuleCases } from '../rule-tester.js'
import { page, productPage } from './case-pages.js'

const TITLE = 'Library Extends Opening Hours for Exam Season'
const P1 =
  'The central library will stay open until midnight on weekdays from next Monday, giving students a quiet place to revise during the exam period, the council said.'
const P2 =
  'Extra staff will be paid from the events budget, which was underspent last year after several readings and workshops were cancelled because of building repairs.'
const QUOTE = '“We want every student to have a desk and a lamp,” the head librarian said.'

export const cases: RuleCases = {
  keep: [
    { text: P1, before: [TITLE], after: [P2] },
    { text: QUOTE, before: [TITLE, P1], after: [P2] },
    { text: P2, before: [TITLE, P1], after: ['Opening hours'] },
    { text: 'Opening hours', before: [TITLE, P1], after: [P2] },
    { text: 'Öffnungszeiten', before: [TITLE, P1], after: [P2, 'Öffnungszeiten verlängert'] },
    { text: 'Horaires d’ouverture', before: [TITLE, P1], after: [P2] },
    // Short repeated lines are repeated-line's to judge.
    {
      text: 'Extra desks in the reading room',
      before: [TITLE, P1, 'Extra desks in the reading room'],
      after: [P2],
    },
    // A short line shown twice in an article stays (HTML checks short copies on shop pages only).
    {
      text: 'FREE DELIVERY ON ORDERS OVER €50',
      html: page('<p>Free delivery on orders over €50</p><p>FREE DELIVERY ON ORDERS OVER €50</p>'),
    },
    // The brand shown in every card of a shop's grid is a field of the card.
    {
      text: 'OAKRIDGE',
      html: productPage(
        [
          ['Walnut pen tray', 'Oakridge', '€24'],
          ['Oak letter rack', 'Oakridge', '€31'],
          ['Ash card holder', 'Oakridge', '€18'],
          ['Elm phone stand', 'OAKRIDGE', '€27'],
        ]
          .map(
            ([name, brand, price]) =>
              `<div class="card"><h3>${name}</h3><p>${brand}</p><p>${price}</p></div>`,
          )
          .join(''),
      ),
    },
  ],
  drop: [
    { text: QUOTE, before: [TITLE, QUOTE, P1], after: [P2], reason: 'repeats an earlier block' },
    {
      text: 'Capture every detail of the birds in your garden with the new wide-angle lens.',
      before: [
        TITLE,
        'Capture every detail of the birds in your garden with the new wide-angle lens.',
        P1,
      ],
      after: [P2],
      reason: 'repeats an earlier block',
    },
    {
      text: 'Die Bibliothek bleibt in der Prüfungszeit an allen Wochentagen bis Mitternacht geöffnet.',
      before: [
        TITLE,
        'Die Bibliothek bleibt in der Prüfungszeit an allen Wochentagen bis Mitternacht geöffnet.',
        P1,
      ],
      reason: 'repeats an earlier block',
    },
    {
      text: 'La bibliothèque restera ouverte jusqu’à minuit tous les jours de la semaine pendant les examens.',
      before: [
        TITLE,
        P1,
        'la bibliothèque restera ouverte jusqu’à minuit tous les jours de la semaine pendant les examens.',
      ],
      after: [P2],
      reason: 'repeats an earlier block',
    },
    {
      text: 'Extra desks will stand in the reading room and in the old map room on the first floor.',
      before: [
        TITLE,
        P1,
        'Extra desks will stand in the reading room and in the old map room on the first floor.',
        P2,
      ],
      reason: 'repeats an earlier block',
    },
    {
      text: 'La biblioteca abrirá hasta medianoche todos los días laborables durante los exámenes.',
      before: [
        TITLE,
        'La biblioteca abrirá hasta medianoche todos los días laborables durante los exámenes.',
        P1,
        P2,
      ],
      reason: 'repeats an earlier block',
    },
    // A shop's buy box served twice (desktop and mobile): the later copy of a short line goes.
    {
      text: 'FREE DELIVERY ON ORDERS OVER €50',
      html: productPage(
        '<div class="buy-box"><p>Free delivery on orders over €50</p><p>In stock</p></div><div class="buy-box-mobile"><p>FREE DELIVERY ON ORDERS OVER €50</p><p>Only 3 left</p></div>',
      ),
      reason: 'repeats an earlier short line',
    },
  ],
}
