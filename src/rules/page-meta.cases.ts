import type { RuleCases } from '../rule-tester.js'
import { ARTICLE, P1, P2, P3, page, pageWithTop, TITLE } from './case-pages.js'

/** A forum thread (its JSON-LD says so) with `user` beside the first post. */
function thread(user: string): string {
  return `<html><head><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Chain skips"}</script></head><body><main><h1>Chain skips</h1><div class="post"><div class="message-user"><p>spokes_and_gears</p>${user}</div><div class="message"><p>${P1}</p></div></div><div class="post"><div class="message-user"><p>wheel_true</p></div><div class="message"><p>${P2}</p><p>${P3}</p></div></div></main></body></html>`
}

export const cases: RuleCases = {
  keep: [
    'Updated figures released on Friday showed unemployment had risen to 6.1 percent in the spring.',
    'Tagged as a security risk, the app was removed from both stores.',
    'The video has been viewed three million times since Sunday, according to the platform.',
    'Topics discussed included trade, security and migration.',
    'Der Beitrag wurde von der Redaktion gekürzt, sagte die Sprecherin des Verlags.',
    'It takes about 10 minutes to read the full report, officials said.',
    // A stamp word opening a sentence.
    'Published in 1963, the novel was banned for a decade.',
    'Posted to Kabul in 2009, she spent three years there.',
    'Themen wie Migration und Klima dominierten den Wahlkampf.',
    'Stand heute gibt es keine Einigung.',
    'Les étiquettes énergétiques deviendront obligatoires en 2026.',
    'Temas pendientes como la vivienda y el empleo marcarán la legislatura.',
    'Publicado en 1967, el libro fue un éxito inmediato.',
    {
      html: pageWithTop(
        '',
        '<p>Posters along the route tell riders that the first trains are expected in 2029.</p>',
      ),
      text: 'Posters along the route tell riders that the first trains are expected in 2029.',
    },
    // A bare number on an article is its own (a figure, a list's number).
    { html: page('<p>1,024</p>'), text: '1,024' },
    // Poster details only on a forum thread; on an article a location line is the article's.
    { html: page('<dl><dt>Location</dt><dd>Leeds</dd></dl>'), text: 'Location\nLeeds' },
    {
      html: thread(
        '<p>Location: the old depot by the river, where the club has met every Sunday since the spring of 1998</p>',
      ),
      text: 'Location: the old depot by the river, where the club has met every Sunday since the spring of 1998',
    },
  ],
  drop: [
    // A poster's details beside a forum post: label and value pairs, one or several.
    {
      html: thread(
        '<dl><dt>Joined</dt><dd>Nov 4, 2011</dd></dl><dl><dt>Messages</dt><dd>65,334</dd></dl>',
      ),
      text: 'Joined\nNov 4, 2011',
      reason: 'poster details',
    },
    {
      html: thread(
        '<dl><dt>Join Date</dt><dd>Nov 2024</dd><dt>Posts</dt><dd>3</dd></dl><p>Location: Leeds</p>',
      ),
      text: 'Join Date\nNov 2024\nPosts\n3',
      reason: 'poster details',
    },
    {
      html: thread('<div>Original poster</div>'),
      text: 'Original poster',
      reason: 'poster details',
    },
    {
      text: 'Tags: elections, Europe, climate',
      before: ARTICLE,
      reason: 'tags, counter or date stamp',
    },
    { text: 'Filed under: Transport', before: ARTICLE, reason: 'tags, counter or date stamp' },
    // WordPress's post footer, English and German.
    {
      text: 'This entry was posted in Transport and tagged buses, trains. Bookmark the permalink.',
      before: ARTICLE,
      reason: 'post footer',
    },
    {
      text: 'Der Beitrag wurde am Mittwoch, den 4. März 2020 um 10:15 Uhr veröffentlicht und wurde unter Verkehr abgelegt. Du kannst die Kommentare zu diesem Beitrag über den RSS 2.0 Feed verfolgen.',
      before: ARTICLE,
      reason: 'post footer',
    },
    { text: '5 min read', before: [TITLE], after: [P1, P2], reason: 'tags, counter or date stamp' },
    { text: '2.4k shares', reason: 'tags, counter or date stamp' },
    { text: 'Updated 14 June 2023, 9:41 am', reason: 'tags, counter or date stamp' },
    { text: 'Lesezeit: 4 Minuten', reason: 'tags, counter or date stamp' },
    { text: 'Lesedauer: 3 Minuten', reason: 'tags, counter or date stamp' },
    { text: 'Veröffentlicht am 14. Mai 2023', reason: 'tags, counter or date stamp' },
    { text: 'Schlagwörter: Verkehr, Bahn, Radwege', reason: 'tags, counter or date stamp' },
    { text: 'Temps de lecture : 6 min', reason: 'tags, counter or date stamp' },
    { text: 'Mis à jour le 12 mars 2024 à 18h05', reason: 'tags, counter or date stamp' },
    { text: 'Mots-clés : énergie, nucléaire', reason: 'tags, counter or date stamp' },
    { text: 'Tiempo de lectura: 7 minutos', reason: 'tags, counter or date stamp' },
    { text: 'Lectura: 5 min', reason: 'tags, counter or date stamp' },
    { text: 'Actualizado el 3 de abril de 2024', reason: 'tags, counter or date stamp' },
    {
      html: pageWithTop('', '<div class="entry-meta"><p>Local News · Regional desk</p></div>'),
      text: 'Local News · Regional desk',
      reason: 'article meta element',
    },
    {
      html: pageWithTop('<p class="reading-time">Four-minute read</p>', ''),
      text: 'Four-minute read',
      reason: 'article meta element',
    },
  ],
}
