import type { RuleCases } from '../rule-tester.js'
import { P1, P2, P3, page, TITLE } from './case-pages.js'

export const cases: RuleCases = {
  keep: [
    'Marketing teams at the bakery say its cookies sell best in winter.',
    // A long paragraph that quotes a banner in its middle is prose.
    "The regulator's report is long and careful. It describes how the newspaper's site, like most, shows a banner on the first visit, how readers click it away without reading, and how the default choices favour the advertisers. Its authors quote the banner itself: 'we use cookies to improve your experience'. They then count the partners that the banner names, more than two hundred of them, and ask how any reader could weigh that many companies. The report ends with a proposal to make refusing as easy as accepting on every page.",
    'Cookies baked by the students were sold to raise money for the school trip.',
    'JavaScript remains the most widely used programming language, according to the survey.',
    'The court ruled that the use of cookies without consent breached EU privacy law.',
    'The company changed its cookie policy after the regulator’s fine.',
    'Datenschützer kritisieren, dass viele Banner das Ablehnen von Cookies erschweren.',
    'La Cnil a infligé une amende de plusieurs millions d’euros à un réseau social pour des cookies publicitaires.',
    'La Agencia de Protección de Datos multó a la aerolínea por instalar cookies sin permiso.',
    // Answers of a reader poll, with no cookie notice above them.
    {
      text: 'Accept',
      before: [TITLE, P1, 'Would you support a four-day week?'],
      after: ['Reject', P2],
    },
    {
      text: 'Reject',
      before: [TITLE, P1, 'Would you support a four-day week?', 'Accept'],
      after: [P2],
    },
    {
      html: page(
        '<p>The authority said it would accept all bids submitted before the end of June.</p>',
      ),
      text: 'The authority said it would accept all bids submitted before the end of June.',
    },
  ],
  drop: [
    // A consent plugin's table of cookies and its categories.
    {
      text: '_ga_* 1 year 1 month 4 days Google Analytics sets this cookie to store and count page views.',
      reason: 'cookie or script notice',
    },
    {
      text: 'Functional cookies help to perform certain functionalities like sharing the content of the website on social media platforms.',
      reason: 'cookie or script notice',
    },
    { text: 'Cookie Duration Description', reason: 'cookie or script notice' },
    // A long consent banner (over 80 words) that opens with the notice.
    {
      text: 'We use cookies and similar technologies that are essential to provide our services and the functions of this site. If you agree, we will also allow our partners to store cookies on your device and use similar technologies to collect and use personal data, such as your address and device identifiers, for personalised advertising, measurement of advertising, audience research and the development of services. You can change your choice at any time in the settings at the foot of every page, and you can withdraw your consent there as well.',
      reason: 'cookie or script notice',
    },
    {
      text: 'cookielawinfo-checkbox-analytics 11 months This cookie is set by the consent plugin to record the user consent for the cookies in the category Analytics.',
      reason: 'cookie or script notice',
    },
    {
      text: 'This website uses cookies to improve your experience.',
      before: [TITLE, P1, P2, P3],
      reason: 'cookie or script notice',
    },
    {
      text: 'We use cookies to personalise content and ads and to analyse our traffic.',
      reason: 'cookie or script notice',
    },
    { text: 'Please enable JavaScript to use this site.', reason: 'cookie or script notice' },
    {
      text: 'Diese Webseite verwendet Cookies, um Ihnen den bestmöglichen Service zu bieten.',
      reason: 'cookie or script notice',
    },
    { text: 'Diese Website verwendet Cookies.', reason: 'cookie or script notice' },
    {
      text: 'Diese Website nutzt Cookies, um die Nutzererfahrung zu verbessern.',
      reason: 'cookie or script notice',
    },
    {
      text: 'Ce site utilise des cookies pour mesurer son audience.',
      reason: 'cookie or script notice',
    },
    {
      text: 'En poursuivant votre navigation, vous acceptez l’utilisation de cookies.',
      reason: 'cookie or script notice',
    },
    {
      text: 'Utilizamos cookies propias y de terceros para mejorar nuestros servicios.',
      reason: 'cookie or script notice',
    },
    {
      text: 'Nuestro sitio web usa cookies para mejorar tu experiencia.',
      reason: 'cookie or script notice',
    },
    {
      text: 'Accept all',
      before: [
        TITLE,
        P1,
        P2,
        P3,
        'By continuing to use this site, you agree to our use of cookies.',
      ],
      reason: 'consent button',
    },
    {
      text: 'Alle akzeptieren',
      before: ['Wir verwenden Cookies, um unsere Website zu verbessern.', 'Ablehnen'],
      reason: 'consent button',
    },
    {
      text: 'Tout accepter',
      before: ['Nous utilisons des cookies pour améliorer votre expérience.'],
      reason: 'consent button',
    },
    {
      text: 'Rechazar',
      before: ['Este sitio web utiliza cookies para analizar el tráfico.', 'Aceptar'],
      reason: 'consent button',
    },
    {
      html: page(
        '<div class="cookie-banner"><p>Your privacy matters to us. Choose which data we may collect.</p></div>',
      ),
      text: 'Your privacy matters to us. Choose which data we may collect.',
      reason: 'cookie banner element',
    },
    {
      html: page(
        '<div id="onetrust-banner"><p>Manage your privacy choices for this site</p></div>',
      ),
      text: 'Manage your privacy choices for this site',
      reason: 'cookie banner element',
    },
  ],
}
