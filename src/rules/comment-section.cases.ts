import type { RuleCases } from '../rule-tester.js'
import { P1, P2, P3, page, TITLE } from './case-pages.js'

const DISCUSSION =
  'The results suggest that riders respond more strongly to frequency than to travel time, which matches earlier surveys.'

const THREAD =
  '<section id="comments" class="comments-area"><h3 class="comments-title">What readers are saying</h3><ol class="comment-list"><li><p>Great reporting, thank you.</p></li></ol></section>'

const QUESTION =
  'How can I move the keyboard focus to the file list of the explorer window without pressing the tab key many times?'
const ANSWER =
  'Press the shortcut for the address bar first and then the escape key, which sends the focus back to the list of files in every version I tried.'
const REMARK = 'This worked for me on the laptop as well, thanks a lot for the tip.'
const REPLY =
  'I had the same trouble last winter and the answer above fixed it, so I can confirm that it still works.'

/** A Q&A page (JSON-LD `QAPage`) whose question and answer each carry a comment. */
function qaPage(): string {
  const comments = `<div class="comments"><ul class="comments-list"><li class="comment"><div class="comment-body"><p>${REMARK}</p></div></li></ul></div>`
  return `<!doctype html><html lang="en"><head><title>Moving the keyboard focus</title><script type="application/ld+json">{"@type":"QAPage"}</script></head><body><main><h1>Moving the keyboard focus</h1><div class="question"><p>${QUESTION}</p>${comments}</div><div class="answer"><p>${ANSWER}</p>${comments}</div></main></body></html>`
}

const SIGN_UP =
  'Hello there! You seem to enjoy this thread, but you have not created an account on the board yet.'
const CORRECTION =
  'Correction: an earlier version of this story gave the wrong date for the council vote.'

/** A forum thread (JSON-LD `DiscussionForumPosting`) whose replies are named comments. */
function thread(notice = ''): string {
  return `<!doctype html><html lang="en"><head><title>Keyboard focus</title><script type="application/ld+json">{"@type":"DiscussionForumPosting"}</script></head><body><main><h1>Keyboard focus</h1>${notice}<div class="post"><p>${QUESTION}</p></div><div class="comments"><div class="comment"><p>${REPLY}</p></div></div></main></body></html>`
}

export const cases: RuleCases = {
  keep: [
    'Sign up or log in to the portal before the deadline, the office said, or lose the right to vote by post.',
    'Comments from the minister drew sharp criticism from opposition parties on Monday.',
    'The spokesperson declined to comment on the allegations.',
    '“No comment,” the senator said as she left the building.',
    'Follow-up comments from the regulator are expected next week.',
    'Kommentare in sozialen Netzwerken fielen überwiegend kritisch aus.',
    'Le ministre a refusé de répondre aux questions des journalistes.',
    'Los comentarios del presidente provocaron una caída de la bolsa.',
    'Responder a la crisis exige coordinación europea, dijo la ministra.',
    'Eine Antwort auf die Frage blieb der Minister schuldig.',
    'The discussion about this post-war settlement lasted for decades.',
    {
      html: page(
        '<p>Residents can leave a comment on the plan at the town hall until the end of May.</p>',
      ),
      text: 'Residents can leave a comment on the plan at the town hall until the end of May.',
    },
    // A "Discussion" section of a paper is part of the article, not a comment thread.
    {
      html: page(`<section class="discussion"><h2>Discussion</h2><p>${DISCUSSION}</p></section>`),
      text: DISCUSSION,
    },
    // A forum's replies named "comment" hang under no question or answer.
    { html: thread(), text: REPLY },
    { html: qaPage(), text: ANSWER },
    // An alert box of an article is the article's own (a correction), not a forum's notice.
    {
      html: page(`<div class="alert"><p>${CORRECTION}</p></div><p>${P1}</p>`),
      text: CORRECTION,
    },
  ],
  drop: [
    // A Q&A page's answer form and its prompts to ask, on any page.
    { text: 'You must log in to answer this question.', reason: 'answer form' },
    { text: 'Required, but never shown', reason: 'answer form' },
    {
      text: "Not the answer you're looking for? Browse other questions tagged windows keyboard-shortcuts or ask your own question.",
      reason: 'answer form',
    },
    { text: 'We want to hear what you think about this article.', reason: 'comment widget' },
    { text: 'Kommentieren', reason: 'comment widget' },
    { text: 'Leave a Reply', before: [TITLE, P1, P2, P3], reason: 'comment widget' },
    { text: '14 Comments', before: [TITLE, P1, P2, P3], reason: 'comment widget' },
    { text: 'Join the discussion', reason: 'comment widget' },
    { text: 'Discussion about this post', before: [TITLE, P1, P2, P3], reason: 'comment widget' },
    { text: 'Kommentar schreiben', reason: 'comment widget' },
    { text: 'Kommentare geschlossen', reason: 'comment policy notice' },
    {
      text: 'Para comentar debes registrarte y completar los datos generales.',
      reason: 'comment policy notice',
    },
    { text: 'Laisser un commentaire', reason: 'comment widget' },
    { text: 'Deja un comentario', reason: 'comment widget' },
    // WordPress comment-form strings.
    { text: 'Schreibe einen Kommentar', reason: 'comment widget' },
    { text: 'Antworten abbrechen', reason: 'comment widget' },
    { text: 'Annuler la réponse', reason: 'comment widget' },
    { text: 'Cancelar la respuesta', reason: 'comment widget' },
    // A form's heading and its button on one line of a scraper's text.
    { text: 'Leave a Reply Cancel reply', before: [TITLE, P1, P2, P3], reason: 'comment widget' },
    { text: 'Schreibe einen Kommentar Antworten abbrechen', reason: 'comment widget' },
    // WordPress's "N thoughts on “Title”", translated.
    {
      text: '12 Antworten zu “Ein Sonntag am See”',
      before: [TITLE, P1, P2, P3],
      reason: 'comment widget',
    },
    { text: 'Une réponse à « Un dimanche au lac »', reason: 'comment widget' },
    {
      text: 'Your email address will not be published. Required fields are marked *',
      before: [TITLE, P1, P2, P3, 'Leave a Reply'],
      reason: 'comment policy notice',
    },
    {
      text: 'Comments are moderated and may take a day to appear.',
      reason: 'comment policy notice',
    },
    {
      text: 'Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.',
      reason: 'comment policy notice',
    },
    {
      text: 'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
      reason: 'comment policy notice',
    },
    {
      text: 'Tu dirección de correo electrónico no será publicada.',
      reason: 'comment policy notice',
    },
    { html: page(THREAD), text: 'What readers are saying', reason: 'comment section element' },
    { html: page(THREAD), text: 'Great reporting, thank you.', reason: 'comment section element' },
    // The remarks under a Q&A page's question and answers.
    { html: qaPage(), text: REMARK, reason: 'comment on a question or answer' },
    // A forum's own notice boxes among the posts.
    {
      html: thread(`<div class="alert alert-warning"><p>${SIGN_UP}</p></div>`),
      text: SIGN_UP,
      reason: 'forum notice',
    },
    {
      html: thread(`<div class="notices"><p>${SIGN_UP}</p></div>`),
      text: SIGN_UP,
      reason: 'forum notice',
    },
  ],
}
