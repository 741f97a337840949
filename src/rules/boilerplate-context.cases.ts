import type { RuleCases } from '../rule-tester.js'

const TITLE = 'Regional Rail Line to Reach the Northern Suburbs'
const P1 =
  'The regional transit authority approved a plan on Thursday to extend the northern rail line by fourteen kilometres, adding five stations that planners say will serve roughly forty thousand riders a day by the end of the decade.'
const P2 =
  'Board members voted after a four-hour hearing in which residents, shop owners and union representatives argued over the route, the cost and the years of construction that the project will bring to the neighbourhoods along the river.'
const P3 =
  'Supporters said the extension would cut commuting times in half for families in the outer suburbs, while critics warned that the authority had underestimated the price of tunnelling beneath the old industrial district.'
const ARTICLE = [TITLE, P1, P2, P3]
const SECTIONS =
  'Weather Traffic Sport Lifestyle Entertainment Business Technology Travel Food Opinion'
const SERVICES =
  'Podcasts Newsletters Crosswords Puzzles Obituaries Classifieds Archives Events Jobs'

const DE_TITLE = 'Stadtrat beschließt neues Radwegenetz für die Innenstadt'
const DE_P1 =
  'Der Stadtrat hat am Donnerstag mit großer Mehrheit beschlossen, das Radwegenetz in der Innenstadt bis zum Ende des Jahrzehnts deutlich auszubauen und mehrere Hauptstraßen für den Autoverkehr zu verengen.'
const DE_P2 =
  'Die Verwaltung rechnet mit Kosten von rund achtzehn Millionen Euro, von denen ein großer Teil aus Fördermitteln des Landes kommen soll, wie die Baudezernentin nach der Sitzung erklärte.'
const FR_TITLE = 'La mairie lance un vaste plan de rénovation des écoles'
const FR_P1 =
  'La mairie a présenté jeudi un plan de rénovation qui concerne une trentaine d’écoles de la ville, avec des travaux d’isolation, de nouvelles cantines et des cours de récréation plantées d’arbres pour mieux résister aux vagues de chaleur.'
const FR_P2 =
  'Selon l’adjointe chargée de l’éducation, les premiers chantiers commenceront pendant les vacances d’été et devraient durer trois ans, le temps de trouver des solutions pour accueillir les élèves dans des locaux provisoires.'
const ES_TITLE = 'El Ayuntamiento amplía la red de autobuses nocturnos'
const ES_P1 =
  'El Ayuntamiento aprobó el jueves la ampliación de la red de autobuses nocturnos, que contará con seis nuevas líneas para conectar los barrios del sur con el centro de la ciudad durante los fines de semana.'
const ES_P2 =
  'Según la concejala de Movilidad, la medida responde a las quejas de los vecinos y de los trabajadores de la hostelería, que hasta ahora dependían del taxi o del coche particular para volver a casa de madrugada.'

/** An HTML article with `inner` between its second and third paragraphs and `end` after the last. */
function page(inner: string, end = ''): string {
  return `<!doctype html><html lang="en"><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><p>${P1}</p><p>${P2}</p>${inner}<p>${P3}</p>${end}</article></body></html>`
}

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
    { html: page('<p>That was in March.</p>'), text: 'That was in March.' },
    {
      html: page(
        '<p>The authority’s <a href="/plan">published plan</a> lists the five stations, the order in which they will open and the bus routes that will be changed to feed them.</p>',
      ),
      text: 'The authority’s published plan lists the five stations, the order in which they will open and the bus routes that will be changed to feed them.',
    },
  ],
  drop: [
    { text: SECTIONS, before: ARTICLE, reason: 'function-word-poor block' },
    {
      text: 'Listen to this story',
      before: ARTICLE,
      after: [SECTIONS],
      reason: 'function-word-poor block',
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
      html: page(
        '',
        '<p><a href="/transport">Transport</a> <a href="/housing">Housing</a> <a href="/schools">Schools</a> <a href="/health">Health</a></p>',
      ),
      text: 'Transport Housing Schools Health',
      reason: 'link-dense block',
    },
    {
      html: page(
        '<p>Read our coverage of <a href="/budget">the regional budget debate and what it means for commuters</a></p>',
      ),
      text: 'Read our coverage of the regional budget debate and what it means for commuters',
      reason: 'link-dense block',
    },
  ],
}
