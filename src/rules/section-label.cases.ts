import type { RuleCases } from '../rule-tester.js'
import { DE_P1, DE_TITLE, ES_P1, ES_TITLE, FR_P1, FR_TITLE, P1, P2, TITLE } from './case-pages.js'

const P3_TIMETABLE =
  'Construction is expected to begin next spring, and the authority said it would publish a detailed timetable, along with a revised budget, before the end of the summer.'

/** An HTML article with `above` placed right before its headline. */
function page(above: string, below = ''): string {
  return `<!doctype html><html lang="en"><head><title>${TITLE} | The Valley Courier</title></head><body><article>${above}<h1>${TITLE}</h1>${below}<p>${P1}</p><p>${P2}</p><p>${P3_TIMETABLE}</p></article></body></html>`
}

export const cases: RuleCases = {
  keep: [
    // Below the headline, not above it.
    { text: 'World Politics', before: [TITLE], after: [P1, P2] },
    // A page without a headline has no label above it.
    { text: 'Economy', after: [P1, P2] },
    // A date above the headline is no section.
    { text: '9 April 2024', after: [TITLE, P1] },
    { text: 'Berlin, 04.09.2023', after: [DE_TITLE, DE_P1] },
    // A pull quote above the headline is a sentence.
    { text: '“Enough is enough.”', after: [FR_TITLE, FR_P1] },
    // A subheading inside the body.
    { text: 'The Vote', before: [TITLE, P1], after: [P2, P3_TIMETABLE] },
    { text: 'Los detalles', before: [ES_TITLE, ES_P1], after: [P2] },
    // A dateline above the headline in HTML.
    { html: page('<p class="dateline">Updated 12 June 2023</p>'), text: 'Updated 12 June 2023' },
    // A short paragraph under the headline in HTML.
    { html: page('', '<p>Transport</p>'), text: 'Transport' },
  ],
  drop: [
    {
      text: 'World Politics',
      after: [TITLE, P1],
      reason: 'section label',
      capture: 'section',
    },
    {
      text: 'Wirtschaft',
      after: [DE_TITLE, DE_P1],
      reason: 'section label',
      capture: 'section',
    },
    { text: 'Société', after: [FR_TITLE, FR_P1], reason: 'section label', capture: 'section' },
    {
      text: 'Deportes',
      after: [ES_TITLE, ES_P1],
      reason: 'section label',
      capture: 'section',
    },
    {
      text: 'Science & Tech',
      before: ['The Valley Courier'],
      after: [TITLE, P1],
      reason: 'section label',
      capture: 'section',
      value: 'Science & Tech',
    },
    { text: 'UK', after: [TITLE, P1], reason: 'section label', capture: 'section' },
    {
      html: page('<p class="kicker">Transport</p>'),
      text: 'Transport',
      reason: 'section label',
      capture: 'section',
    },
    // Lower case, but marked as a label by its class.
    {
      html: page('<div class="eyebrow">climate desk</div>'),
      text: 'climate desk',
      reason: 'section label',
      capture: 'section',
    },
  ],
}
