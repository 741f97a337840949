import type { RuleCases } from '../rule-tester.js'
import { P1, P2, P3, page, TITLE } from './case-pages.js'

export const cases: RuleCases = {
  keep: [
    'Share prices rose 4 percent in early trading after the announcement.',
    'Follow-up talks are scheduled for next month in Geneva.',
    'Print editions of the newspaper will end in June, the publisher said.',
    'Twitter, now called X, lost more than half of its top advertisers last year.',
    'Teilen statt besitzen: Carsharing wächst in den Großstädten.',
    'Partager les richesses est la priorité affichée du nouveau gouvernement.',
    'Compartir coche se ha vuelto habitual entre los estudiantes universitarios.',
    'Seguir adelante sin el apoyo del Congreso será difícil, admitió el ministro.',
    {
      html: page(
        '<p>Shares in the construction firm that won the tunnelling contract rose sharply on Friday.</p>',
      ),
      text: 'Shares in the construction firm that won the tunnelling contract rose sharply on Friday.',
    },
    // An id spelling the section's heading is an anchor: "sharing" in it names no widget.
    {
      html: page(
        '<div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2><p>Each developer keeps a clone of the public repository and pushes to it once the tests pass.</p></div>',
      ),
      text: 'Each developer keeps a clone of the public repository and pushes to it once the tests pass.',
    },
    // "social" as part of a class name ("social-affairs") is no share widget.
    {
      html: page(
        '<div class="social-affairs"><p>The ministry of social affairs will pay for the new lifts.</p></div>',
      ),
      text: 'The ministry of social affairs will pay for the new lifts.',
    },
  ],
  drop: [
    {
      text: 'Síguenos en Telegram, Instagram, Facebook y Twitter para recibir en directo toda la información.',
      reason: 'share or follow button',
    },
    { text: 'ESCUCHA ESTA NOTA AQUÍ', reason: 'share or follow button' },
    {
      text: 'Follow The Harbour Times on Twitter and Instagram @harbourtimes and on Facebook @HarbourTimesNews.',
      reason: 'share or follow button',
    },
    { text: 'Share this article', before: [TITLE, P1, P2, P3], reason: 'share or follow button' },
    { text: 'Share on WhatsApp', reason: 'share or follow button' },
    { text: 'Follow us on Instagram', reason: 'share or follow button' },
    { text: 'Copy link', reason: 'share or follow button' },
    { text: 'Artikel teilen', reason: 'share or follow button' },
    { text: 'Diesen Artikel teilen', reason: 'share or follow button' },
    { text: 'Folgen Sie uns auf Mastodon', reason: 'share or follow button' },
    { text: 'Partager sur Facebook', reason: 'share or follow button' },
    { text: 'Partager cet article', reason: 'share or follow button' },
    { text: 'Suivez-nous sur X', reason: 'share or follow button' },
    { text: 'Compartir en WhatsApp', reason: 'share or follow button' },
    { text: 'Compartir este artículo', reason: 'share or follow button' },
    { text: 'Síguenos en Telegram', reason: 'share or follow button' },
    {
      text: 'Facebook Twitter LinkedIn Email',
      before: [TITLE, P1, P2, P3],
      reason: 'row of social network buttons',
    },
    {
      html: page('<div class="share-buttons"><p>Spread the word</p></div>'),
      text: 'Spread the word',
      reason: 'share widget element',
    },
    {
      html: page('<div class="addtoany"><p>Send this story to a friend</p></div>'),
      text: 'Send this story to a friend',
      reason: 'share widget element',
    },
    {
      html: page(
        '<ul class="social-links"><li><a href="#">Bluesky</a></li><li><a href="#">Threads</a></li><li><a href="#">Reddit</a></li></ul>',
      ),
      text: 'Bluesky\nThreads\nReddit',
      reason: 'social network buttons',
    },
  ],
}
