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
  TITLE,
} from './case-pages.js'

const SECTIONS =
  'Weather Traffic Sport Lifestyle Entertainment Business Technology Travel Food Opinion'
const SERVICES =
  'Podcasts Newsletters Crosswords Puzzles Obituaries Classifieds Archives Events Jobs'

/** A reference: most of its text is the linked title and journal. */
const REFERENCE =
  '<p>Berger A, Lind M. <a href="/doi/1">Rail extensions and commuting times in the northern suburbs of five cities</a>. <a href="/journal">Journal of Transport Geography</a>, 2024.</p>'
const REFERENCE_TEXT =
  'Berger A, Lind M. Rail extensions and commuting times in the northern suburbs of five cities. Journal of Transport Geography, 2024.'

export const cases: RuleCases = {
  keep: [
    { text: P2, before: [TITLE, P1], after: [P3, SECTIONS] },
    // A one-line paragraph between two paragraphs of prose.
    { text: '“We will rebuild,” she said.', before: [TITLE, P1], after: [P2, P3] },
    // A list of names is poor in function words, but it is a sentence of the article.
    {
      text: 'Rotterdam, Antwerp, Hamburg, Bremerhaven, Le Havre, Valencia, Algeciras, Piraeus, Gdansk, Felixstowe, Genoa and Marseille all reported record container volumes last year.',
      before: [TITLE, P1],
      after: [P2, P3],
    },
    // A subheading right before prose.
    { text: 'What happens next', before: [TITLE, P1, P2], after: [P3] },
    {
      text: DE_P2,
      before: [DE_TITLE, DE_P1],
      after: ['Politik Wirtschaft Sport Kultur Wissen Reisen Auto Digital Karriere'],
    },
    { text: FR_P2, before: [FR_TITLE, FR_P1] },
    { text: ES_P2, before: [ES_TITLE, ES_P1] },
    { html: pageWithInset('<p>That was in March.</p>'), text: 'That was in March.' },
    // A sentence cut short between paragraphs of the article stays with them.
    {
      text: 'The council will meet again next month to decide how the remaining funds are shared between the districts and the…',
      before: [TITLE, P1],
      after: [P2, P3],
    },
    {
      html: pageWithInset(
        '<p>The authority’s <a href="/plan">published plan</a> lists the five stations, the order in which they will open and the bus routes that will be changed to feed them.</p>',
      ),
      text: 'The authority’s published plan lists the five stations, the order in which they will open and the bus routes that will be changed to feed them.',
    },
    // A long block of the article whose links are most but not all of its text.
    { html: pageWithInset('', REFERENCE), text: REFERENCE_TEXT },
  ],
  drop: [
    { text: SECTIONS, before: ARTICLE, reason: 'function-word-poor block' },
    {
      text: 'Listen to this story',
      before: ARTICLE,
      after: [SECTIONS],
      reason: 'function-word-poor block',
    },
    // A teaser of another story, cut short, among the chrome after the article.
    {
      text: 'The council will meet again next month to decide how the remaining funds are shared between the districts and the…',
      before: [...ARTICLE, SECTIONS],
      after: [SERVICES],
      reason: 'among boilerplate',
    },
    {
      text: 'Readers of the regional paper wrote in their hundreds to say what they thought of the plan [...]',
      before: [...ARTICLE, SECTIONS],
      after: [SERVICES],
      reason: 'among boilerplate',
    },
    // A short line between two navigation rows.
    {
      text: 'More',
      before: [...ARTICLE, SECTIONS],
      after: [SERVICES],
      reason: 'among boilerplate',
    },
    {
      text: 'Politik Wirtschaft Sport Kultur Wissen Reisen Auto Digital Karriere Gesundheit',
      before: [DE_TITLE, DE_P1, DE_P2],
      reason: 'function-word-poor block',
    },
    {
      text: 'Politique International Économie Culture Sport Sciences Planète Idées Vidéos Podcasts',
      before: [FR_TITLE, FR_P1, FR_P2],
      reason: 'function-word-poor block',
    },
    {
      text: 'Internacional Opinión España Economía Sociedad Educación Clima Ciencia Cultura Deportes',
      before: [ES_TITLE, ES_P1, ES_P2],
      reason: 'function-word-poor block',
    },
    {
      html: pageWithInset(
        '',
        '<p><a href="/transport">Transport</a> <a href="/housing">Housing</a> <a href="/schools">Schools</a> <a href="/health">Health</a></p>',
      ),
      text: 'Transport Housing Schools Health',
      reason: 'link-dense block',
    },
    {
      html: pageWithInset(
        '<p>Read our coverage of <a href="/budget">the regional budget debate and what it means for commuters</a></p>',
      ),
      text: 'Read our coverage of the regional budget debate and what it means for commuters',
      reason: 'link-dense block',
    },
    // The same in a widget beside the text.
    {
      html: pageWithInset('', `<div class="widget">${REFERENCE}</div>`),
      text: REFERENCE_TEXT,
      reason: 'link-dense block',
    },
  ],
}
