import type { RuleCases } from '../rule-tester.js'
import { ARTICLE, P1, P2, page, TITLE } from './case-pages.js'

export const cases: RuleCases = {
  keep: [
    'The band said it had reserved all rights to the recordings before the label collapsed.',
    'Privacy advocates criticised the new surveillance law as an overreach.',
    'The terms of the agreement were not disclosed, the company said.',
    'Das Urheberrecht schützt Werke bis 70 Jahre nach dem Tod ihres Urhebers.',
    'Les droits réservés aux auteurs ont été renforcés par la nouvelle directive.',
    'El aviso legal de la empresa fue modificado tras la multa de la agencia.',
    {
      text: 'Contact with the contractor was lost for two days, the report said.',
      before: [TITLE, P1],
      after: [P2],
    },
    {
      text: 'Copyright lawyers say the ruling could change how musicians are paid.',
      before: [TITLE, P1],
      after: [P2],
    },
    {
      html: page(
        '<p>The legal challenge brought by two residents’ groups will be heard in the autumn.</p>',
      ),
      text: 'The legal challenge brought by two residents’ groups will be heard in the autumn.',
    },
  ],
  drop: [
    {
      text: '© 2023 Harbor Media Group. All rights reserved.',
      before: ARTICLE,
      reason: 'copyright line',
    },
    { text: 'Copyright © Nordlicht Verlag GmbH', reason: 'copyright line' },
    { text: 'Alle Rechte vorbehalten.', reason: 'copyright line' },
    { text: '© Éditions du Littoral – Tous droits réservés', reason: 'copyright line' },
    { text: 'Todos los derechos reservados.', reason: 'copyright line' },
    { text: '(c) 2021 Valley Courier', reason: 'copyright line' },
    { text: 'Privacy Policy | Terms of Use | Contact Us', before: ARTICLE, reason: 'legal links' },
    { text: 'Impressum · Datenschutz · AGB', reason: 'legal links' },
    { text: 'Mentions légales | Politique de confidentialité', reason: 'legal links' },
    { text: 'Conditions générales d’utilisation | Mentions légales', reason: 'legal links' },
    { text: 'Aviso legal | Política de privacidad | Contacto', reason: 'legal links' },
    { text: 'Términos y condiciones · Aviso legal · Cookies', reason: 'legal links' },
    {
      html: page('<div class="site-info"><p>Made with care in Porto since 2009</p></div>'),
      text: 'Made with care in Porto since 2009',
      reason: 'page footer element',
    },
    // Fine print under a product's description, however long.
    {
      html: page(
        '<div class="pdp-disclaimer"><p>† Rates are between 0% and 36% APR. As an example, a $700 purchase might cost $63.24 a month over 12 months at 15.01% APR. Payment options through the lender are subject to an eligibility check and may not be available in all states, and the terms shown here can change at any time.</p></div>',
      ),
      text: '† Rates are between 0% and 36% APR. As an example, a $700 purchase might cost $63.24 a month over 12 months at 15.01% APR. Payment options through the lender are subject to an eligibility check and may not be available in all states, and the terms shown here can change at any time.',
      reason: 'fine print',
    },
    {
      html: page('<div class="copyright"><p>Harbor Media Group 2023</p></div>'),
      text: 'Harbor Media Group 2023',
      reason: 'page footer element',
    },
  ],
}
