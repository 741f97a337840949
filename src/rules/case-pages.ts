/**
 * Test support for the `*.cases.ts` files (not part of the library, not
 * exported from src/index.ts): one news article, its German, French and
 * Spanish counterparts, and the HTML pages that wrap the article around the
 * markup a case is about.
 */

export const TITLE = 'Regional Rail Line to Reach the Northern Suburbs'
export const P1 =
  'The regional transit authority approved a plan on Thursday to extend the northern rail line by fourteen kilometres, adding five stations that planners say will serve roughly forty thousand riders a day by the end of the decade.'
export const P2 =
  'Board members voted after a four-hour hearing in which residents, shop owners and union representatives argued over the route, the cost and the years of construction that the project will bring to the neighbourhoods along the river.'
export const P3 =
  'Supporters said the extension would cut commuting times in half for families in the outer suburbs, while critics warned that the authority had underestimated the price of tunnelling beneath the old industrial district.'
/** The article as the lines of a plain-text page. */
export const ARTICLE = [TITLE, P1, P2, P3]

export const DE_TITLE = 'Stadtrat beschließt neues Radwegenetz für die Innenstadt'
export const DE_P1 =
  'Der Stadtrat hat am Donnerstag mit großer Mehrheit beschlossen, das Radwegenetz in der Innenstadt bis zum Ende des Jahrzehnts deutlich auszubauen und mehrere Hauptstraßen für den Autoverkehr zu verengen.'
export const DE_P2 =
  'Die Verwaltung rechnet mit Kosten von rund achtzehn Millionen Euro, von denen ein großer Teil aus Fördermitteln des Landes kommen soll, wie die Baudezernentin nach der Sitzung erklärte.'

export const FR_TITLE = 'La mairie lance un vaste plan de rénovation des écoles'
export const FR_P1 =
  'La mairie a présenté jeudi un plan de rénovation qui concerne une trentaine d’écoles de la ville, avec des travaux d’isolation, de nouvelles cantines et des cours de récréation plantées d’arbres pour mieux résister aux vagues de chaleur.'
export const FR_P2 =
  'Selon l’adjointe chargée de l’éducation, les premiers chantiers commenceront pendant les vacances d’été et devraient durer trois ans, le temps de trouver des solutions pour accueillir les élèves dans des locaux provisoires.'

export const ES_TITLE = 'El Ayuntamiento amplía la red de autobuses nocturnos'
export const ES_P1 =
  'El Ayuntamiento aprobó el jueves la ampliación de la red de autobuses nocturnos, que contará con seis nuevas líneas para conectar los barrios del sur con el centro de la ciudad durante los fines de semana.'
export const ES_P2 =
  'Según la concejala de Movilidad, la medida responde a las quejas de los vecinos y de los trabajadores de la hostelería, que hasta ahora dependían del taxi o del coche particular para volver a casa de madrugada.'

/** Markup to place in the article page; each part defaults to nothing. */
interface PageParts {
  /** Inside `<article>`, before the headline. */
  above?: string
  /** Right under the headline. */
  top?: string
  /** Between the second and third paragraphs. */
  inner?: string
  /** After the last paragraph. */
  end?: string
}

/** The article as an HTML page, with `parts` in their places. */
function articlePage({ above = '', top = '', inner = '', end = '' }: PageParts): string {
  return `<!doctype html><html lang="en"><head><title>${TITLE}</title></head><body><article>${above}<h1>${TITLE}</h1>${top}<p>${P1}</p><p>${P2}</p>${inner}<p>${P3}</p>${end}</article></body></html>`
}

/** An HTML article with `end` after its last paragraph. */
export function page(end: string): string {
  return articlePage({ end })
}

/** An HTML article with `inner` between its second and third paragraphs and `end` after the last. */
export function pageWithInset(inner: string, end = ''): string {
  return articlePage({ inner, end })
}

/** An HTML article: `top` under the headline, `end` after the last paragraph. */
export function pageWithTop(top: string, end: string): string {
  return articlePage({ top, end })
}

/** An HTML article: `above` above the headline, `end` after the last paragraph. */
export function pageWithAbove(above: string, end: string): string {
  return articlePage({ above, end })
}

const SHOP_P1 =
  'A walnut desk organiser with room for pens, cards and a phone, on a felt base that keeps the desk free of scratches.'
const SHOP_P2 =
  'Each organiser is cut from one board of oiled walnut in our workshop, so the grain and the colour differ a little from piece to piece.'

/** A product page (JSON-LD `Product`): `end` after its description. */
export function productPage(end: string): string {
  return `<!doctype html><html lang="en"><head><title>Walnut desk organiser</title><script type="application/ld+json">{"@type":"Product","name":"Walnut desk organiser"}</script></head><body><main><h1>Walnut desk organiser</h1><p>${SHOP_P1}</p><p>${SHOP_P2}</p>${end}</main></body></html>`
}
