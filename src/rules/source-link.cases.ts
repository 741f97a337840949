import type { RuleCases } from '../rule-tester.js'
import { P1, P2, P3, page, TITLE } from './case-pages.js'

export const cases: RuleCases = {
  keep: [
    'According to a source close to the talks, the deal could be signed next week.',
    'Sources say the minister will resign on Friday.',
    'Source code for the app was published online last year.',
    'The company first published its findings in a peer-reviewed journal.',
    'First published in 1851, the novel sold poorly during its author’s lifetime.',
    'Quelle surprise : le ministre a finalement renoncé à sa candidature.',
    'Die Quelle des Flusses liegt in den Alpen, rund 40 Kilometer von der Grenze entfernt.',
    'Fuente de ingresos: el turismo representa el 12 % del producto interior bruto regional.',
    {
      text: 'The source of the leak has not been identified, police said.',
      before: [TITLE, P1],
      after: [P2],
    },
    {
      html: page(
        '<p>The original plan, first drawn up in the 1990s, was shelved twice for lack of money.</p>',
      ),
      text: 'The original plan, first drawn up in the 1990s, was shelved twice for lack of money.',
    },
  ],
  drop: [
    { text: 'Source link', before: [TITLE, P1, P2, P3], reason: 'source attribution line' },
    { text: 'Source: Reuters', reason: 'source attribution line' },
    { text: 'Sources: AP, AFP', reason: 'source attribution line' },
    { text: 'Source : AFP', reason: 'source attribution line' },
    { text: 'Quelle: dpa', reason: 'source attribution line' },
    { text: 'Fuente: EFE', reason: 'source attribution line' },
    {
      text: 'This article was originally published on The Conversation.',
      before: [TITLE, P1, P2],
      reason: 'original-publication notice',
    },
    { text: 'Ursprünglich erschienen bei Zeit Online.', reason: 'original-publication notice' },
    {
      text: 'Cet article a été publié initialement dans Le Temps.',
      reason: 'original-publication notice',
    },
    {
      text: 'Cet article a été publié à l’origine sur The Conversation.',
      reason: 'original-publication',
    },
    { text: 'Publicado originalmente en El Diario Vasco.', reason: 'original-publication notice' },
    {
      text: 'Este artículo se publicó originalmente en The Conversation.',
      reason: 'original-publication notice',
    },
    {
      html: page('<p class="source-link"><a href="https://example.org/rail">example.org</a></p>'),
      text: 'example.org',
      reason: 'source link element',
    },
    {
      html: page('<div class="article-source"><p>Northern Wire Service</p></div>'),
      text: 'Northern Wire Service',
      reason: 'source link element',
    },
  ],
}
