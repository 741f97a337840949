import type { RuleCases } from '../rule-tester.js'
import { ARTICLE, P1, P2, P3, TITLE } from './case-pages.js'

/** A shop's product page: a heading and a description above the drawers. */
const PRODUCT = [
  'Trail Runner 2 | Example Outfitters',
  'Trail Runner 2',
  'A light trail shoe with a grippy sole, a breathable upper and a cushioned midsole for long days on rough paths.',
]
const REFUND_TEXT =
  'Items may be returned within 30 days of delivery in their original condition; refunds are issued to the original payment method within ten business days.'
const PRIVACY_TEXT =
  'This policy explains which personal information we collect when you visit our store or place an order, how we use it and which choices you have about it.'

export const cases: RuleCases = {
  keep: [
    'The ruling means the same terms apply to every contractor, the judge said.',
    'Restrictions on fishing apply to the whole bay until the end of May.',
    {
      text: 'Sign up today and get 10% off your first order. Terms apply.',
      before: [TITLE, P1],
      after: [
        'Save 15% on any repair over $300. Some restrictions may apply.',
        'Free inspection with every service call. Restrictions apply.',
        '$50 off a new water heater. Some exclusions apply.',
      ],
    },
    {
      text: 'Privacy policy',
      before: ['Privacy Policy | Example Outfitters', PRIVACY_TEXT],
      after: [PRIVACY_TEXT.replace('store', 'shop'), 'Terms of service', REFUND_TEXT],
    },
    { text: 'Refund policy', before: PRODUCT, after: [REFUND_TEXT, 'Contact us'] },
    'Similar terms and conditions apply in most other member states of the union.',
  ],
  drop: [
    {
      text: 'Earn a $30 gift card when you open an account and make a qualifying purchase. Terms apply.',
      before: ARTICLE,
      reason: 'offer fine print',
    },
    {
      text: 'Free shipping on orders over $50 for members. Exclusions apply.',
      before: [TITLE, P1],
      after: [P2],
      reason: 'offer fine print',
    },
    {
      text: 'Jetzt anmelden und 10 % Rabatt sichern. Es gelten die Teilnahmebedingungen.',
      reason: 'offer fine print',
    },
    {
      text: 'Se aplican restricciones.',
      before: [TITLE, P1],
      reason: 'offer fine print',
    },
    {
      text: 'Refund policy',
      before: PRODUCT,
      after: [REFUND_TEXT, 'Privacy policy', PRIVACY_TEXT],
      reason: 'shop policy text',
    },
    {
      text: PRIVACY_TEXT,
      before: [...PRODUCT, 'Refund policy', REFUND_TEXT, 'Privacy policy', 'Privacy policy'],
      after: [P3],
      reason: 'shop policy text',
    },
  ],
}
