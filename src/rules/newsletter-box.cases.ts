import type { RuleCases } from '../rule-tester.js'
import { P1, P2, P3, pageWithInset, TITLE } from './case-pages.js'

export const cases: RuleCases = {
  keep: [
    // Consent as a subject of the article is prose.
    'The regulator found that customers who agreed to receive offers by text were rarely told how to stop them.',
    'Customers who agree to receive offers by text get a discount, the company said.',
    // A speaker's consent is prose: no data, e-mail or newsletter in it.
    '„Ich bin damit einverstanden, dass der Markt im Sommer wieder öffnet“, sagte der Bürgermeister.',
    // A sentence about donations is news.
    'The charity asked readers to donate to the flood appeal, and thousands did within a day.',
    // "non-paywall" marks the free part of an article.
    {
      html: pageWithInset(
        '<div class="article non-paywall"><p>Gesine has looked for a room for six weeks and still sleeps on a friend’s sofa.</p></div>',
      ),
      text: 'Gesine has looked for a room for six weeks and still sleeps on a friend’s sofa.',
    },
    'Subscribers to the streaming service will pay two dollars more a month from July.',
    'The newsletter, which has 40,000 paying readers, was sold to a media group in March.',
    'Readers who signed up for updates on the recall received an email on Tuesday.',
    'Voters must register by Friday to receive updates about polling stations.',
    'Email addresses of three million customers were exposed in the breach, the company said.',
    'Der Newsletter des Ministeriums erreicht nach eigenen Angaben rund 12.000 Lehrkräfte.',
    'Eltern müssen ihre Kinder jetzt anmelden, warnt die Stadtverwaltung.',
    'La lettre d’information de la préfecture est envoyée chaque vendredi aux maires.',
    'La suscripción al diario cuesta diez euros al mes, según la editorial.',
    {
      html: pageWithInset(
        '<p>Commuters can subscribe to text alerts about delays, a service the authority says 9,000 people already use.</p>',
      ),
      text: 'Commuters can subscribe to text alerts about delays, a service the authority says 9,000 people already use.',
    },
  ],
  drop: [
    {
      text: 'By checking the box, you agree to receive recurring automated promotional and marketing text messages from Example Outdoors at the cell number provided when signing up. Consent is not a condition of any purchase. Msg frequency varies. Msg and data rates may apply. You can withdraw your consent at any time. Reply STOP to cancel, HELP for help.',
      reason: 'sign-up consent line',
    },
    {
      text: 'By providing my email, I am consenting to receive emails and email-based advertising. For more information, please see our Privacy Policy.',
      reason: 'sign-up consent line',
    },
    // German consent boxes: "willige … ein", "Ich bin … einverstanden" about data or e-mail.
    {
      text: 'Mit Absenden meiner E-Mail-Adresse willige ich bis auf Widerruf ein, den Newsletter des Vereins per E-Mail zu erhalten.',
      reason: 'sign-up consent line',
    },
    {
      text: 'Ich bin mit der Verarbeitung meiner Daten nach der Datenschutzerklärung einverstanden.',
      reason: 'sign-up consent line',
    },
    { text: 'Unterstütze das Projekt:', reason: 'donation prompt' },
    { text: 'Support our journalism', reason: 'donation prompt' },
    { text: 'Jede kleine Spende hilft', reason: 'donation prompt' },
    { text: 'Bereits Abonnent/in? Anmelden', reason: 'newsletter sign-up prompt' },
    { text: 'Zum Newsletter anmelden', reason: 'newsletter sign-up prompt' },
    {
      text: 'To view the full story, please subscribe to The Daily Ledger.',
      reason: 'newsletter sign-up prompt',
    },
    {
      text: 'Sign up for our morning briefing',
      before: [TITLE, P1, P2],
      after: [P3],
      reason: 'newsletter sign-up prompt',
    },
    { text: 'Subscribe to our newsletter', reason: 'newsletter sign-up prompt' },
    {
      text: 'Get the latest headlines delivered straight to your inbox.',
      reason: 'newsletter sign-up prompt',
    },
    { text: 'Enter your email address', reason: 'newsletter sign-up prompt' },
    {
      text: 'Subscribe',
      before: [TITLE, P1, P2, 'Enter your email address'],
      reason: 'sign-up form label or button',
    },
    { text: 'Newsletter abonnieren', reason: 'newsletter sign-up prompt' },
    { text: 'Melden Sie sich für unseren Newsletter an.', reason: 'newsletter sign-up prompt' },
    { text: 'Inscrivez-vous à notre newsletter', reason: 'newsletter sign-up prompt' },
    { text: 'Abonnez-vous à notre lettre d’information', reason: 'newsletter sign-up prompt' },
    { text: 'Suscríbete a nuestro boletín', reason: 'newsletter sign-up prompt' },
    { text: 'Recibe nuestro boletín cada mañana', reason: 'newsletter sign-up prompt' },
    {
      html: pageWithInset(
        '<div class="newsletter-signup"><p>The Morning Edition: five stories before breakfast, every weekday.</p></div>',
      ),
      text: 'The Morning Edition: five stories before breakfast, every weekday.',
      reason: 'newsletter box element',
    },
    {
      html: pageWithInset('<div class="paywall_title"><h3>Möchten Sie weiterlesen?</h3></div>'),
      text: 'Möchten Sie weiterlesen?',
      reason: 'newsletter box element',
    },
    {
      html: pageWithInset(
        '<div class="mc4wp-form"><p>Join the readers who start the day with us</p></div>',
      ),
      text: 'Join the readers who start the day with us',
      reason: 'newsletter box element',
    },
  ],
}
