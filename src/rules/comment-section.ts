import { defineRule } from '../define-rule.js'
import type { Block } from '../types.js'
import { hintMatcher, wholeLine } from './util.js'

/** Headings and buttons of a comment section. */
const COMMENT_PHRASES = [
  'leave a (?:reply|comment|response)(?: to .{1,80})?',
  'post a comment',
  'post (?:your )?comment',
  'submit (?:a )?comment',
  'add (?:a |your )?comment',
  'write a comment',
  'comment(?:s)?(?: \\(\\d+\\))?',
  '\\d+ (?:comments?|responses?|replies|thoughts? on .{1,120})',
  'one (?:comment|response|reply|thought on .{1,120})',
  // WordPress's "N thoughts on “Title”" in German, French and Spanish.
  '(?:\\d+|eine?) (?:antworten|antwort|kommentare?) (?:zu|auf) [“"„«].{1,120}',
  '(?:\\d+|une?) (?:réponses?|commentaires?) (?:à|a|sur) [“"„«].{1,120}',
  '(?:\\d+|una?) (?:respuestas?|comentarios?) (?:a|en) [“"„«].{1,120}',
  '(?:no|show|view|load|hide|read) (?:more )?comments(?: yet)?',
  'join the (?:discussion|conversation)',
  // Substack's heading over the comments.
  'discussion about this (?:post|article)',
  'cancel reply',
  'reply',
  'what do you think\\?',
  'we want to hear what you think(?: about this (?:article|story))?\\.?',
  'submit (?:your|a) letter to the editor.{0,60}',
  '(?:kommentar|kommentare) (?:schreiben|verfassen|anzeigen)',
  '(?:einen )?kommentar hinterlassen',
  'schreibe einen kommentar',
  'antworten abbrechen',
  'annuler la réponse',
  'cancelar (?:la )?respuesta',
  '\\d+ kommentare?',
  'kommentare',
  'kommentieren',
  'jetzt kommentieren',
  'antworten',
  'laisser un commentaire',
  'dodaj komentarz',
  '(?:\\d+ )?komentarz(?:e|y)?',
  'laissez un commentaire',
  '(?:\\d+ )?commentaires?',
  'répondre',
  'réagissez',
  'deja (?:un comentario|una respuesta|tu comentario)',
  'dejar un comentario',
  '(?:\\d+ )?comentarios?',
  'responder',
  'lascia un commento',
  'оставить комментарий',
  'комментарии',
  '发表评论',
  '评论',
  'コメントを書く',
  'コメント',
]
/**
 * A comment widget as a whole line, or two in a row: a form's heading and
 * its button land on one line in a scraper's text ("Leave a Reply Cancel
 * reply", "Schreibe einen Kommentar Antworten abbrechen").
 */
const COMMENT_LINE = wholeLine([
  `(?:${COMMENT_PHRASES.join('|')})(?:\\s*(?:${COMMENT_PHRASES.join('|')}))?`,
])

/** Comment-form policy text: spam notes, required-field notes, the cookie checkbox. */
const POLICY =
  /(?:your email address will not be published|die kommentarfunktion|kommentare sind (?:geschlossen|deaktiviert)|czekamy na (?:wasze|twoje) (?:komentarze|opinie)|zapraszamy do dyskusji|required fields are marked|uses akismet to reduce spam|learn how your comment data is processed|save my name,? email,? and website|you must be (?:logged in|registered) to post a comment|comments are closed|comments (?:are|will be) moderated|notify me of (?:follow-up comments|new posts)|ihre e-mail-adresse wird nicht veröffentlicht|erforderliche felder sind mit|kommentare sind geschlossen|^kommentare geschlossen$|para comentar (?:debes|tienes que) registrarte|votre adresse (?:e-mail|de messagerie|courriel) ne sera pas publiée|les champs obligatoires sont indiqués|tu (?:dirección de )?correo electrónico no será publicad|los campos obligatorios están marcados|il tuo indirizzo email non sarà pubblicato)/iu

const HINTS = hintMatcher({
  tokens: ['comment-respond', 'reply-title', 'comment-form'],
  parts: [
    'comment',
    'comments',
    'commentlist',
    'respond',
    'disqus',
    'akismet',
    'kommentar',
    'kommentare',
    'commentaire',
    'commentaires',
    'comentario',
    'comentarios',
  ],
})

/**
 * A Q&A page's answer form and its prompts to ask: the comment form of a
 * question page ("Sign up or log in", "Post as a guest", "Required, but
 * never shown", "You must log in to answer this question", "Not the answer
 * you're looking for? Browse other questions tagged …").
 */
const ANSWER_FORM =
  /^(?:you must (?:be )?log(?:ged)? in to (?:answer|reply to|post in) this (?:question|thread|topic)\.?|sign up or log in|post as a guest|required, but never shown|sign up using (?:google|facebook|email and password)|find the answer to your question by asking\.?|start asking to get answers|see similar questions with these tags\.?|explore related questions|not the answer you're looking for\? browse other questions tagged .{1,200})$/iu

/**
 * A forum's own notice boxes (Bootstrap's `alert`, XenForo's and phpBB's
 * `notice`): "It looks like you don't have an account yet", "Your browser
 * does not seem to support JavaScript", the board's announcement. On a
 * discussion page they stand among the posts but are none of them.
 */
const NOTICE_HINTS = hintMatcher({ tokens: ['alert', 'notice', 'notices'] })

/** Customer reviews: the comments of a product page. */
const REVIEW_HINTS = hintMatcher({
  parts: [
    'review',
    'reviews',
    'customerreviews',
    'ugc',
    'testimonial',
    'testimonials',
    'bazaarvoice',
    'yotpo',
    'okendo',
    'judgeme',
    'stamped',
  ],
})

/** Hint parts naming a comment and the Q&A post a comment may hang under. */
const COMMENT_PARTS = new Set(['comment', 'comments'])
const POST_PARTS = new Set(['question', 'answer'])

/**
 * A comment on a question or an answer: the block sits in an element named a
 * comment that itself sits in one named a question or an answer (hints run
 * nearest first). A Q&A page's content is its question and answers; the
 * remarks under each are not, whereas a forum's replies named "comment"
 * hang under no answer.
 */
function commentOnPost(block: Block): boolean {
  if (block.source.kind !== 'html') return false
  let inComment = false
  for (const token of block.source.hints) {
    const parts = token.split(/[-_]+/)
    if (inComment && parts.some((part) => POST_PARTS.has(part))) return true
    if (parts.some((part) => COMMENT_PARTS.has(part))) inComment = true
  }
  return false
}

/** Comment widgets and the policy lines of comment forms. */
export const commentSection = defineRule({
  id: 'comment-section',
  category: 'comments',
  description:
    'Drops comment widgets ("Leave a Reply", "12 Comments") and comment-form policy lines.',
  test(block, context) {
    if (block.words <= 20 && COMMENT_LINE.test(block.text)) {
      return { drop: true, reason: 'comment widget' }
    }
    if (block.words <= 40 && ANSWER_FORM.test(block.text)) {
      return { drop: true, reason: 'answer form' }
    }
    if (block.words <= 60 && POLICY.test(block.text)) {
      return { drop: true, reason: 'comment policy notice' }
    }
    // On a forum thread or a Q&A page the replies are the content.
    if (context.pageType !== 'discussion' && HINTS(block)) {
      return { drop: true, reason: 'comment section element' }
    }
    if (context.pageType === 'discussion' && commentOnPost(block)) {
      return { drop: true, reason: 'comment on a question or answer' }
    }
    if (context.pageType === 'discussion' && NOTICE_HINTS(block)) {
      return { drop: true, reason: 'forum notice' }
    }
    if (context.pageType === 'product' && REVIEW_HINTS(block)) {
      return { drop: true, reason: 'customer reviews' }
    }
    return undefined
  },
})
