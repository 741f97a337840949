import type { RuleCases } from '../rule-tester.js'

const HEADLINE = 'Regional Rail Line to Reach the Northern Suburbs'
const BODY =
  'The regional transit authority approved a plan on Thursday to extend the northern rail line by fourteen kilometres, adding five stations that planners say will serve roughly forty thousand riders a day by the end of the decade.'
const BODY_2 =
  'Board members voted after a four-hour hearing in which residents, shop owners and union representatives argued over the route, the cost and the years of construction that the project will bring to the neighbourhoods along the river.'
const BODY_3 =
  'Construction is expected to begin next spring, and the authority said it would publish a detailed timetable, along with a revised budget, before the end of the summer.'

const DE_HEADLINE = 'Stadtrat beschließt neues Radwegenetz für die Innenstadt'
const DE_BODY =
  'Der Stadtrat hat am Donnerstag mit großer Mehrheit beschlossen, das Radwegenetz in der Innenstadt bis zum Ende des Jahrzehnts deutlich auszubauen und mehrere Hauptstraßen für den Autoverkehr zu verengen.'
const FR_HEADLINE = 'La mairie lance un vaste plan de rénovation des écoles'
const FR_BODY =
  'La mairie a présenté jeudi un plan de rénovation qui concerne une trentaine d’écoles de la ville, avec des travaux d’isolation, de nouvelles cantines et des cours de récréation plantées d’arbres pour mieux résister aux vagues de chaleur.'
const ES_HEADLINE = 'El Ayuntamiento amplía la red de autobuses nocturnos'
const ES_BODY =
  'El Ayuntamiento aprobó el jueves la ampliación de la red de autobuses nocturnos, que contará con seis nuevas líneas para conectar los barrios del sur con el centro de la ciudad durante los fines de semana.'

/** An HTML article with `above` placed right before its headline. */
function page(above: string, below = ''): string {
  return `<!doctype html><html lang="en"><head><title>${HEADLINE} | The Valley Courier</title></head><body><article>${above}<h1>${HEADLINE}</h1>${below}<p>${BODY}</p><p>${BODY_2}</p><p>${BODY_3}</p></article></body></html>`
}

export const cases: RuleCases = {
  keep: [
    // Below the headline, not above it.
    { text: 'World Politics', before: [HEADLINE], after: [BODY, BODY_2] },
    // A page without a headline has no label above it.
    { text: 'Economy', after: [BODY, BODY_2] },
    // A date above the headline is no section.
    { text: '9 April 2024', after: [HEADLINE, BODY] },
    { text: 'Berlin, 04.09.2023', after: [DE_HEADLINE, DE_BODY] },
    // A pull quote above the headline is a sentence.
    { text: '“Enough is enough.”', after: [FR_HEADLINE, FR_BODY] },
    // A subheading inside the body.
    { text: 'The Vote', before: [HEADLINE, BODY], after: [BODY_2, BODY_3] },
    { text: 'Los detalles', before: [ES_HEADLINE, ES_BODY], after: [BODY_2] },
    // A dateline above the headline in HTML.
    { html: page('<p class="dateline">Updated 12 June 2023</p>'), text: 'Updated 12 June 2023' },
    // A short paragraph under the headline in HTML.
    { html: page('', '<p>Transport</p>'), text: 'Transport' },
  ],
  drop: [
    {
      text: 'World Politics',
      after: [HEADLINE, BODY],
      reason: 'section label',
      capture: 'section',
    },
    {
      text: 'Wirtschaft',
      after: [DE_HEADLINE, DE_BODY],
      reason: 'section label',
      capture: 'section',
    },
    { text: 'Société', after: [FR_HEADLINE, FR_BODY], reason: 'section label', capture: 'section' },
    {
      text: 'Deportes',
      after: [ES_HEADLINE, ES_BODY],
      reason: 'section label',
      capture: 'section',
    },
    {
      text: 'Science & Tech',
      before: ['The Valley Courier'],
      after: [HEADLINE, BODY],
      reason: 'section label',
      capture: 'section',
      value: 'Science & Tech',
    },
    { text: 'UK', after: [HEADLINE, BODY], reason: 'section label', capture: 'section' },
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
