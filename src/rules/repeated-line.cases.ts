import type { RuleCases } from '../rule-tester.js'

const TITLE = 'Harbour Ferry Service to Resume After Winter Repairs'
const P1 =
  'The harbour ferry will carry passengers again from Monday after eleven weeks of repairs to its engines and landing ramps, the port authority said on Wednesday.'
const P2 =
  'Commuters who switched to the coastal bus during the closure said the journey had added almost an hour to each trip, and several local businesses reported fewer customers.'
const MENU = ['Home', 'Timetables', 'Tickets and Fares', 'Contact']
/** A grid of award cards: each card's name, then its label. */
const CARDS = ['Alder House', 'Winner', 'Birch Studio', 'Winner', 'Cedar Hall']

export const cases: RuleCases = {
  keep: [
    { text: 'Timetables', before: [TITLE, P1], after: [P2] },
    { text: 'How the repairs were paid for', before: [TITLE, P1], after: [P2] },
    { text: 'Tickets and Fares', before: [...MENU.slice(0, 2), TITLE, P1], after: [P2] },
    {
      text: 'The ferry will run every half hour.',
      before: [TITLE, 'The ferry will run every half hour.', P1],
      after: [P2],
    },
    // A section heading introducing a paragraph; its twin stands in a table of contents.
    { text: 'Tickets and Fares', before: [TITLE, 'Tickets and Fares', 'Contact', P1], after: [P2] },
    { text: 'Sailings resume Monday', before: [TITLE, P1], after: [P2, 'Sailings resumed'] },
    { text: 'Fahrplan', before: [TITLE, P1], after: [P2, 'Fahrpläne'] },
    // A field shown in every card of a grid, at a fixed period between unique titles.
    { text: 'Winner', before: [TITLE, P1, ...CARDS], after: ['Dune Pavilion', 'Winner', P2] },
  ],
  drop: [
    {
      text: 'Timetables',
      before: [...MENU, TITLE, P1, P2, 'Home'],
      reason: 'short line repeated',
    },
    {
      text: 'Tickets and Fares',
      before: [TITLE, 'Tickets and Fares', P1],
      after: ['Contact', P2],
      reason: 'short line repeated',
    },
    { text: 'Reply', before: [TITLE, P1, 'Reply', P2], reason: 'short line repeated' },
    // A button in every card is still a button.
    {
      text: 'Read more →',
      before: [
        TITLE,
        P1,
        'Alder House',
        'Read more →',
        'Birch Studio',
        'Read more →',
        'Cedar Hall',
      ],
      after: ['Dune Pavilion', 'Read more →', P2],
      reason: 'short line repeated',
    },
    // Not at a fixed period: labels scattered over the page, not a grid.
    {
      text: 'Winner',
      before: [
        TITLE,
        P1,
        'Alder House',
        'Winner',
        'Birch Studio',
        'Oak Room',
        'Winner',
        'Cedar Hall',
      ],
      after: ['Winner', P2],
      reason: 'short line repeated',
    },
    {
      text: 'Fahrplan',
      before: [TITLE, 'Fahrplan', P1],
      after: ['Kontakt', P2],
      reason: 'short line repeated',
    },
    {
      text: 'Horaires et tarifs',
      before: [TITLE, 'HORAIRES ET TARIFS', P1],
      after: ['Contact', P2],
      reason: 'short line repeated',
    },
    {
      text: 'Inicio',
      before: [TITLE, 'Inicio', P1],
      after: ['Contacto', P2],
      reason: 'short line repeated',
    },
  ],
}
