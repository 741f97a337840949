import type { RuleCases } from '../rule-tester.js'
import {
  ARTICLE,
  DE_P1,
  DE_P2,
  DE_TITLE,
  ES_P1,
  ES_P2,
  ES_TITLE,
  FR_P1,
  FR_P2,
  FR_TITLE,
  P1,
  P2,
  P3,
  pageWithInset,
  pageWithTop,
  TITLE,
} from './case-pages.js'

const BIO =
  'Marisol Quintero is a freelance reporter based in Lima who covers mining and the environment.'

const AUTHOR_BOX =
  '<div class="author-box"><p>Priya Raman</p><p>Priya Raman covers energy policy and climate diplomacy from Geneva.</p></div>'

const ROLE_BIO =
  'Tomás Rivera is the head of growth at a payments start-up. He has spent a decade building sales teams across Latin America.'
const FIRST_PERSON_BIO =
  "I'm Noor, a trail runner and physiotherapist who writes about injury prevention, strength work and training on a budget for busy parents"

export const cases: RuleCases = {
  keep: [
    // A CMS puts the post author's slug on the post itself: that is no author box.
    {
      html: pageWithInset(
        '<div class="hentry author-jane-doe category-food-colors"><p>Our colour powders come from concentrated vegetables and spices, not coal tar.</p></div>',
      ),
      text: 'Our colour powders come from concentrated vegetables and spices, not coal tar.',
    },
    // "A freelance writer based in …" inside a quote, at the end of the page.
    {
      text: '“I am a freelance writer based in Nairobi, and the work has dried up,” said one of the contributors.',
      before: ARTICLE,
    },
    // A bio-shaped sentence about someone in the story, with the article going on after it.
    {
      text: 'Carmen Ibáñez is a former reporter who now runs the largest food bank in the city.',
      before: [TITLE, P1],
      after: [P2, P3],
    },
    // A name line followed by prose about the person, not by a bio.
    {
      text: 'Lucía Ferrer',
      before: [TITLE, P1],
      after: [
        'Lucía Ferrer opened the bakery in 1994 with a loan from her uncle and still works the ovens every morning.',
        P2,
      ],
    },
    // "By", "Von", "Par", "Por" starting a sentence near the top.
    {
      text: 'By the end of the year, the company expects to hire two hundred more engineers.',
      before: [TITLE],
      after: [P1, P2],
    },
    {
      text: 'Von Montag an gilt auf der Ringstraße ein Tempolimit von 30 Kilometern pro Stunde.',
      before: [DE_TITLE],
      after: [DE_P1, DE_P2],
    },
    {
      text: 'Par ailleurs, le maire a promis de nouvelles pistes cyclables le long du canal.',
      before: [FR_TITLE],
      after: [FR_P1, FR_P2],
    },
    {
      text: 'Por la tarde, miles de personas se concentraron frente al Congreso.',
      before: [ES_TITLE],
      after: [ES_P1, ES_P2],
    },
    // "By" + a capitalised holiday name and a comma: a sentence, not a byline.
    {
      text: 'By Christmas Eve, the shops had sold out of the new console.',
      before: [TITLE],
      after: [P1, P2],
    },
    {
      text: 'By New Year’s Day, the ministry had received more than 4,000 complaints.',
      before: [TITLE],
      after: [P1, P2],
    },
    {
      text: 'Por Semana Santa, los hoteles de la costa ya estaban llenos.',
      before: [ES_TITLE],
      after: [ES_P1, P2],
    },
    'The author, a former diplomat, argues that sanctions rarely work.',
    {
      html: pageWithTop(
        '',
        '<p>The authors of the study, two economists at the regional university, said the estimates were conservative.</p>',
      ),
      text: 'The authors of the study, two economists at the regional university, said the estimates were conservative.',
    },
    // A heading naming a firm, and a paragraph about it that speaks of no person.
    {
      text: 'Harlow Foods operates three plants in the Midlands and supplies most of the supermarkets in the region with chilled ready meals.',
      before: [...ARTICLE, 'Harlow Foods'],
    },
    // A name line over a paragraph about someone the article is about (named in its prose above).
    {
      text: 'Dara Walsh is a former champion who lost only twice in her career, and she returns to the ring on Saturday.',
      before: [
        TITLE,
        'Saturday’s bout pits the veteran Dara Walsh against a challenger twelve years younger, and the promoters expect a sold-out arena for the rematch.',
        P2,
        'Dara Walsh',
      ],
    },
  ],
  drop: [
    {
      text: 'By Henrik Aalto and Sofia Brandt',
      before: [TITLE],
      after: [P1, P2],
      reason: 'byline',
      capture: 'byline',
      value: 'Henrik Aalto, Sofia Brandt',
    },
    {
      text: 'By Henrik Aalto | Transport correspondent',
      before: [TITLE],
      after: [P1, P2],
      reason: 'byline',
      capture: 'byline',
      value: 'Henrik Aalto',
    },
    {
      text: 'By Henrik Aalto, Staff Writer',
      before: [TITLE],
      after: [P1, P2],
      reason: 'byline',
      capture: 'byline',
      value: 'Henrik Aalto',
    },
    {
      text: 'Von Katrin Vogelsang',
      before: [DE_TITLE],
      after: [DE_P1, DE_P2],
      reason: 'byline',
      capture: 'byline',
      value: 'Katrin Vogelsang',
    },
    {
      text: 'Par Élodie Marchand',
      before: [FR_TITLE],
      after: [FR_P1, FR_P2],
      reason: 'byline',
      capture: 'byline',
      value: 'Élodie Marchand',
    },
    {
      text: 'Por Ignacio Barrena | Madrid',
      before: [ES_TITLE],
      after: [ES_P1, ES_P2],
      reason: 'byline',
      capture: 'byline',
      value: 'Ignacio Barrena',
    },
    // The author box at the end: the name, then the bio sentence.
    {
      text: 'Marisol Quintero',
      before: ARTICLE,
      after: [BIO],
      reason: 'author name of the author box',
      capture: 'byline',
    },
    {
      text: BIO,
      before: [...ARTICLE, 'Marisol Quintero'],
      reason: 'author bio',
      capture: 'authorBio',
    },
    {
      text: 'Katrin Vogelsang ist Redakteurin im Ressort Wirtschaft.',
      before: [DE_TITLE, DE_P1, DE_P2],
      reason: 'author bio',
      capture: 'authorBio',
    },
    {
      text: 'Élodie Marchand est journaliste indépendante, basée à Lyon.',
      before: [FR_TITLE, FR_P1, FR_P2],
      reason: 'author bio',
      capture: 'authorBio',
    },
    {
      text: 'Ignacio Barrena es periodista y corresponsal en Bruselas.',
      before: [ES_TITLE, ES_P1, ES_P2],
      reason: 'author bio',
      capture: 'authorBio',
    },
    // An author box with a role line and a bio with no writer's word in it.
    {
      text: 'Tomás Rivera',
      before: ARTICLE,
      after: ['Head of Growth', ROLE_BIO],
      reason: 'author name of the author box',
      capture: 'byline',
    },
    {
      text: ROLE_BIO,
      before: [...ARTICLE, 'Tomás Rivera', 'Head of Growth'],
      reason: 'author bio',
      capture: 'authorBio',
    },
    // A first-person bio under "About <name>", by the first name.
    {
      text: FIRST_PERSON_BIO,
      before: [...ARTICLE, 'About Noor Haddad'],
      reason: 'author bio',
      capture: 'authorBio',
    },
    {
      text: 'About Noor Haddad',
      before: ARTICLE,
      after: [FIRST_PERSON_BIO],
      reason: 'author name of the author box',
      capture: 'byline',
    },
    { text: 'About the author', before: ARTICLE, reason: 'author box heading' },
    { text: 'Written by', before: ARTICLE, reason: 'author box heading' },
    { text: 'Über die Autorin', reason: 'author box heading' },
    { text: 'À propos de l’auteur', reason: 'author box heading' },
    { text: 'Sobre el autor', reason: 'author box heading' },
    {
      html: pageWithTop('<p class="byline">By Tomasz Wierzbicki</p>', ''),
      text: 'By Tomasz Wierzbicki',
      reason: 'byline',
      capture: 'byline',
      value: 'Tomasz Wierzbicki',
    },
    {
      html: pageWithTop('', AUTHOR_BOX),
      text: 'Priya Raman',
      reason: 'author name element',
      capture: 'byline',
    },
    {
      html: pageWithTop('', AUTHOR_BOX),
      text: 'Priya Raman covers energy policy and climate diplomacy from Geneva.',
      reason: 'author element',
    },
  ],
}
