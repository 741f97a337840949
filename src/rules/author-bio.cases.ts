import type { RuleCases } from '../rule-tester.js'

const HEADLINE = 'Regional Rail Line to Reach the Northern Suburbs'
const P1 =
  'The regional transit authority approved a plan on Thursday to extend the northern rail line by fourteen kilometres, adding five stations that planners say will serve roughly forty thousand riders a day by the end of the decade.'
const P2 =
  'Board members voted after a four-hour hearing in which residents, shop owners and union representatives argued over the route, the cost and the years of construction that the project will bring to the neighbourhoods along the river.'
const P3 =
  'Supporters said the extension would cut commuting times in half for families in the outer suburbs, while critics warned that the authority had underestimated the price of tunnelling beneath the old industrial district.'
const ARTICLE = [HEADLINE, P1, P2, P3]

const DE_HEADLINE = 'Stadtrat beschließt neues Radwegenetz für die Innenstadt'
const DE_P1 =
  'Der Stadtrat hat am Donnerstag mit großer Mehrheit beschlossen, das Radwegenetz in der Innenstadt bis zum Ende des Jahrzehnts deutlich auszubauen und mehrere Hauptstraßen für den Autoverkehr zu verengen.'
const DE_P2 =
  'Die Verwaltung rechnet mit Kosten von rund achtzehn Millionen Euro, von denen ein großer Teil aus Fördermitteln des Landes kommen soll, wie die Baudezernentin nach der Sitzung erklärte.'
const FR_HEADLINE = 'La mairie lance un vaste plan de rénovation des écoles'
const FR_P1 =
  'La mairie a présenté jeudi un plan de rénovation qui concerne une trentaine d’écoles de la ville, avec des travaux d’isolation, de nouvelles cantines et des cours de récréation plantées d’arbres pour mieux résister aux vagues de chaleur.'
const FR_P2 =
  'Selon l’adjointe chargée de l’éducation, les premiers chantiers commenceront pendant les vacances d’été et devraient durer trois ans, le temps de trouver des solutions pour accueillir les élèves dans des locaux provisoires.'
const ES_HEADLINE = 'El Ayuntamiento amplía la red de autobuses nocturnos'
const ES_P1 =
  'El Ayuntamiento aprobó el jueves la ampliación de la red de autobuses nocturnos, que contará con seis nuevas líneas para conectar los barrios del sur con el centro de la ciudad durante los fines de semana.'
const ES_P2 =
  'Según la concejala de Movilidad, la medida responde a las quejas de los vecinos y de los trabajadores de la hostelería, que hasta ahora dependían del taxi o del coche particular para volver a casa de madrugada.'

const BIO =
  'Marisol Quintero is a freelance reporter based in Lima who covers mining and the environment.'

/** An HTML article: `top` under the headline, `end` after the last paragraph. */
function page(top: string, end: string): string {
  return `<!doctype html><html lang="en"><head><title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1>${top}<p>${P1}</p><p>${P2}</p><p>${P3}</p>${end}</article></body></html>`
}

const AUTHOR_BOX =
  '<div class="author-box"><p>Priya Raman</p><p>Priya Raman covers energy policy and climate diplomacy from Geneva.</p></div>'

export const cases: RuleCases = {
  keep: [
    // "A freelance writer based in …" inside a quote, at the end of the page.
    {
      text: '“I am a freelance writer based in Nairobi, and the work has dried up,” said one of the contributors.',
      before: ARTICLE,
    },
    // A bio-shaped sentence about someone in the story, with the article going on after it.
    {
      text: 'Carmen Ibáñez is a former reporter who now runs the largest food bank in the city.',
      before: [HEADLINE, P1],
      after: [P2, P3],
    },
    // A name line followed by prose about the person, not by a bio.
    {
      text: 'Lucía Ferrer',
      before: [HEADLINE, P1],
      after: [
        'Lucía Ferrer opened the bakery in 1994 with a loan from her uncle and still works the ovens every morning.',
        P2,
      ],
    },
    // "By", "Von", "Par", "Por" starting a sentence near the top.
    {
      text: 'By the end of the year, the company expects to hire two hundred more engineers.',
      before: [HEADLINE],
      after: [P1, P2],
    },
    {
      text: 'Von Montag an gilt auf der Ringstraße ein Tempolimit von 30 Kilometern pro Stunde.',
      before: [DE_HEADLINE],
      after: [DE_P1, DE_P2],
    },
    {
      text: 'Par ailleurs, le maire a promis de nouvelles pistes cyclables le long du canal.',
      before: [FR_HEADLINE],
      after: [FR_P1, FR_P2],
    },
    {
      text: 'Por la tarde, miles de personas se concentraron frente al Congreso.',
      before: [ES_HEADLINE],
      after: [ES_P1, ES_P2],
    },
    // "By" + a capitalised holiday name and a comma: a sentence, not a byline.
    {
      text: 'By Christmas Eve, the shops had sold out of the new console.',
      before: [HEADLINE],
      after: [P1, P2],
    },
    {
      text: 'By New Year’s Day, the ministry had received more than 4,000 complaints.',
      before: [HEADLINE],
      after: [P1, P2],
    },
    {
      text: 'Por Semana Santa, los hoteles de la costa ya estaban llenos.',
      before: [ES_HEADLINE],
      after: [ES_P1, P2],
    },
    'The author, a former diplomat, argues that sanctions rarely work.',
    {
      html: page(
        '',
        '<p>The authors of the study, two economists at the regional university, said the estimates were conservative.</p>',
      ),
      text: 'The authors of the study, two economists at the regional university, said the estimates were conservative.',
    },
  ],
  drop: [
    {
      text: 'By Henrik Aalto and Sofia Brandt',
      before: [HEADLINE],
      after: [P1, P2],
      reason: 'byline',
      capture: 'byline',
      value: 'Henrik Aalto, Sofia Brandt',
    },
    {
      text: 'By Henrik Aalto | Transport correspondent',
      before: [HEADLINE],
      after: [P1, P2],
      reason: 'byline',
      capture: 'byline',
      value: 'Henrik Aalto',
    },
    {
      text: 'By Henrik Aalto, Staff Writer',
      before: [HEADLINE],
      after: [P1, P2],
      reason: 'byline',
      capture: 'byline',
      value: 'Henrik Aalto',
    },
    {
      text: 'Von Katrin Vogelsang',
      before: [DE_HEADLINE],
      after: [DE_P1, DE_P2],
      reason: 'byline',
      capture: 'byline',
      value: 'Katrin Vogelsang',
    },
    {
      text: 'Par Élodie Marchand',
      before: [FR_HEADLINE],
      after: [FR_P1, FR_P2],
      reason: 'byline',
      capture: 'byline',
      value: 'Élodie Marchand',
    },
    {
      text: 'Por Ignacio Barrena | Madrid',
      before: [ES_HEADLINE],
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
      before: [DE_HEADLINE, DE_P1, DE_P2],
      reason: 'author bio',
      capture: 'authorBio',
    },
    {
      text: 'Élodie Marchand est journaliste indépendante, basée à Lyon.',
      before: [FR_HEADLINE, FR_P1, FR_P2],
      reason: 'author bio',
      capture: 'authorBio',
    },
    {
      text: 'Ignacio Barrena es periodista y corresponsal en Bruselas.',
      before: [ES_HEADLINE, ES_P1, ES_P2],
      reason: 'author bio',
      capture: 'authorBio',
    },
    { text: 'About the author', before: ARTICLE, reason: 'author box heading' },
    { text: 'Über die Autorin', reason: 'author box heading' },
    { text: 'À propos de l’auteur', reason: 'author box heading' },
    { text: 'Sobre el autor', reason: 'author box heading' },
    {
      html: page('<p class="byline">By Tomasz Wierzbicki</p>', ''),
      text: 'By Tomasz Wierzbicki',
      reason: 'byline',
      capture: 'byline',
      value: 'Tomasz Wierzbicki',
    },
    {
      html: page('', AUTHOR_BOX),
      text: 'Priya Raman',
      reason: 'author name element',
      capture: 'byline',
    },
    {
      html: page('', AUTHOR_BOX),
      text: 'Priya Raman covers energy policy and climate diplomacy from Geneva.',
      reason: 'author element',
    },
  ],
}
