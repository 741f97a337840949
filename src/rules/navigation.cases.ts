import type { RuleCases } from '../rule-tester.js'
import { P1, P2, P3, pageWithAbove, TITLE } from './case-pages.js'

export const cases: RuleCases = {
  keep: [
    'Home prices fell for a third straight month in April, the survey found.',
    'Next year the council will vote on the plan again.',
    'Search teams found the missing hikers on Sunday morning.',
    'Menu prices at restaurants rose 6 percent last year.',
    'Suche nach Überlebenden dauert auch am dritten Tag an.',
    'Accueil des réfugiés : la ville ouvre un nouveau centre.',
    'Inicio de la campaña: los candidatos recorren el país.',
    'Sort the seeds by size before sowing them in trays.',
    'Filters for the pond pump need rinsing every spring.',
    'Showing 3 of the 12 finalists, the jury praised their designs.',
    { text: 'Sort by:', before: [TITLE, P1], after: [P2, P3] },
    { text: 'Back to the drawing board', before: [TITLE, P1], after: [P2, P3] },
    {
      html: pageWithAbove(
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
    {
      html: pageWithAbove('<div class="toolbar"><p>Sort by:</p></div>', ''),
      text: 'Sort by:',
      reason: 'sorting or filtering control',
    },
    {
      html: pageWithAbove('<div class="toolbar"><p>Filters (2)</p></div>', ''),
      text: 'Filters (2)',
      reason: 'sorting or filtering control',
    },
    {
      html: pageWithAbove('<div class="toolbar"><p>Showing 1–24 of 291 results</p></div>', ''),
      text: 'Showing 1–24 of 291 results',
      reason: 'sorting or filtering control',
    },
    {
      html: pageWithAbove('<div class="toolbar"><p>Clear all filters</p></div>', ''),
      text: 'Clear all filters',
      reason: 'sorting or filtering control',
    },
    { text: 'Home > World > Europe', after: [TITLE, P1, P2], reason: 'breadcrumb trail' },
    { text: 'Startseite › Politik › Ausland', reason: 'breadcrumb trail' },
    { text: 'Accueil / Société / Éducation', reason: 'breadcrumb trail' },
    { text: 'Inicio » Madrid » Movilidad', reason: 'breadcrumb trail' },
    {
      html: pageWithAbove('<div class="breadcrumbs"><p>News / Science</p></div>', ''),
      text: 'News / Science',
      reason: 'navigation element',
    },
    {
      html: pageWithAbove('', '<div class="pagination"><p>Page 2 of 3</p></div>'),
      text: 'Page 2 of 3',
      reason: 'navigation element',
    },
  ],
}
