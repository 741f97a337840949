import type { RuleCases } from '../rule-tester.js'

const TITLE = 'Regional Rail Line to Reach the Northern Suburbs'
const P1 =
  'The regional transit authority approved a plan on Thursday to extend the northern rail line by fourteen kilometres, adding five stations that planners say will serve roughly forty thousand riders a day by the end of the decade.'
const P2 =
  'Board members voted after a four-hour hearing in which residents, shop owners and union representatives argued over the route, the cost and the years of construction that the project will bring to the neighbourhoods along the river.'
const P3 =
  'Supporters said the extension would cut commuting times in half for families in the outer suburbs, while critics warned that the authority had underestimated the price of tunnelling beneath the old industrial district.'

/** An HTML article: `top` above the headline, `end` after the last paragraph. */
function page(top: string, end: string): string {
  return `<!doctype html><html lang="en"><head><title>${TITLE}</title></head><body><article>${top}<h1>${TITLE}</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p>${end}</article></body></html>`
}

export const cases: RuleCases = {
  keep: [
    'Home prices fell for a third straight month in April, the survey found.',
    'Next year the council will vote on the plan again.',
    'Search teams found the missing hikers on Sunday morning.',
    'Menu prices at restaurants rose 6 percent last year.',
    'Suche nach Überlebenden dauert auch am dritten Tag an.',
    'Accueil des réfugiés : la ville ouvre un nouveau centre.',
    'Inicio de la campaña: los candidatos recorren el país.',
    { text: 'Back to the drawing board', before: [TITLE, P1], after: [P2, P3] },
    {
      html: page(
        '',
        '<p>The previous plan, drawn up in 2011, would have stopped two stations short of the suburbs.</p>',
      ),
      text: 'The previous plan, drawn up in 2011, would have stopped two stations short of the suburbs.',
    },
  ],
  drop: [
    { text: 'Skip to content', after: [TITLE, P1, P2], reason: 'navigation link' },
    { text: 'Back to top', before: [TITLE, P1, P2, P3], reason: 'navigation link' },
    { text: 'Previous article', reason: 'navigation link' },
    { text: 'Zum Inhalt springen', reason: 'navigation link' },
    { text: 'Startseite', reason: 'navigation link' },
    { text: 'Zurück nach oben', reason: 'navigation link' },
    { text: 'Nächster Artikel', reason: 'navigation link' },
    { text: 'Aller au contenu principal', reason: 'navigation link' },
    { text: 'Accueil', reason: 'navigation link' },
    { text: 'Retour en haut', reason: 'navigation link' },
    { text: 'Article suivant', reason: 'navigation link' },
    { text: 'Ir al contenido', reason: 'navigation link' },
    { text: 'Inicio', reason: 'navigation link' },
    { text: 'Volver arriba', reason: 'navigation link' },
    { text: 'Artículo anterior', reason: 'navigation link' },
    { text: 'Home > World > Europe', after: [TITLE, P1, P2], reason: 'breadcrumb trail' },
    { text: 'Startseite › Politik › Ausland', reason: 'breadcrumb trail' },
    { text: 'Accueil / Société / Éducation', reason: 'breadcrumb trail' },
    { text: 'Inicio » Madrid » Movilidad', reason: 'breadcrumb trail' },
    {
      html: page('<div class="breadcrumbs"><p>News / Science</p></div>', ''),
      text: 'News / Science',
      reason: 'navigation element',
    },
    {
      html: page('', '<div class="pagination"><p>Page 2 of 3</p></div>'),
      text: 'Page 2 of 3',
      reason: 'navigation element',
    },
  ],
}
