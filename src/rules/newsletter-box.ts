import { defineRule } from '../define-rule.js'
import { guarded, hintMatcher, wholeLine } from './util.js'

/** Sign-up prompts inside a line. */
const SIGN_UP = guarded(
  /sign up|subscri|newsletter|inbox|mail|reading|weiterl|weiterzu|abonn|please|zugang|suscr|never miss|inform|checking|submitting|enjoyed|consent|bieżąco|infobrief|inscrivez|bolet|iscriviti|подпишитесь|订阅|メールマガジン/iu,
  /(?:\b(?:sign up|subscribe)\b.{0,40}\b(?:newsletter|briefing|digest|e-?mail updates|mailing list|inbox)|\bnewsletter\b.{0,40}\b(?:sign up|subscribe)|\bget (?:the latest|our best|the best).{0,60}\b(?:inbox|email|newsletter)|delivered (?:straight )?to your inbox|\b(?:newsletter|briefing|digest|roundup)\b.{0,100}\bin your inbox\b|enter your e-?mail(?: address)?|(?:subscribe|sign in|log in|register) to (?:continue|keep) reading|continue reading with|registrieren und weiterlesen|already a subscriber\b|bereits abonnent(?:\/in|in)?\b|zum newsletter anmelden|to (?:view|read) the full (?:story|article),? please (?:subscribe|log in)|wählen sie ihren zugang|jetzt weiterlesen mit|abonnieren sie,? um weiterzulesen|abonnez-vous pour (?:lire|continuer)|suscr[ií]bete para (?:seguir|continuar) leyendo|receive our (?:weekly |monthly |daily )?newsletter|never miss (?:the latest|a story)|do you want to be informed|by (?:checking this box|submitting this form)|if you enjoyed (?:reading )?this (?:post|article)|i consent to receive|gib deine e-?mail(?:-adresse)?|(?:mit|in) (?:unserem|meinem) (?:kostenlosen |wöchentlichen )?newsletter|immer (?:gut )?informiert bleiben|zapisz się (?:do|na) newsletter|bądź na bieżąco|your e-?mail address\b.{0,30}\b(?:subscribe|sign up)|(?:newsletter|infobrief) (?:abonnieren|bestellen)|melden sie sich .{0,40}newsletter|inscrivez-vous (?:à|a) (?:notre|la) (?:newsletter|lettre)|abonnez-vous (?:à|a) (?:notre|la) (?:newsletter|lettre)|recevez (?:notre|la) newsletter|suscr[ií]bete (?:a|al) (?:nuestro|nuestra|el|la) (?:bolet[ií]n|newsletter)|recibe (?:nuestro|el) bolet[ií]n|iscriviti alla (?:nostra )?newsletter|подпишитесь на (?:нашу )?рассылку|订阅(?:我们的)?(?:新闻|邮件)|メールマガジン)/iu,
)

/**
 * The consent line under a sign-up form: "By checking the box, you agree to
 * receive recurring automated marketing text messages…", "By providing my
 * email, I am consenting to receive…". Such lines run long (message rates,
 * how to stop): up to CONSENT_WORDS words.
 */
const CONSENT = guarded(
  /agree|consent|willige|einverstanden/iu,
  /^\W*(?:[^.]{0,60}?\s)?(?:willige ich|ich willige)\s[^.]{0,150}?\bein\b.{0,200}?\b(?:newsletter|e-?mails?|informationen|daten|werbung)|^\W*ich bin mit de[rm] [^.]{0,80}?\b(?:daten|e-?mail)[^.]{0,80}?einverstanden|^\W*ich bin (?:damit )?einverstanden\b.{0,200}?\b(?:daten|datenschutz\w*|e-?mails?|newsletter|inhalte)|^\W*(?:by (?:checking|ticking|clicking) (?:this|the) (?:box|button)|by submitting (?:this|the|your) (?:form|information|e-?mail|number)|by providing (?:my|your) (?:e-?mail|phone|mobile|number)|by (?:signing up|subscribing|entering your (?:e-?mail|phone|mobile|number)))\b.{0,200}?\b(?:agree|consent)|\b(?:i|you) (?:agree|consent|am consenting|are consenting) to receive (?:recurring |automated |promotional |marketing |personali[sz]ed )*(?:e-?mails?|text messages|messages|newsletters|sms|communications|offers)\b/iu,
)
const CONSENT_WORDS = 90

/** Lines that are only a form's label or button. */
const FORM_LINE = wholeLine([
  'subscribe(?: now| today| for free)?!?',
  'sign up(?: now| today| for free)?!?',
  'newsletter',
  'newsletters',
  '(?:your )?e-?mail(?: address)?\\*?',
  'submit',
  'abonnieren',
  'jetzt (?:anmelden|abonnieren)',
  'anmelden',
  "s'abonner",
  "s'inscrire",
  'suscribirse',
  'suscríbete',
  'подписаться',
  '订阅',
])

/** Requests for money in the same place: "Support our journalism", "Unterstütze das Projekt:". */
const DONATE = wholeLine([
  'support (?:us|our (?:work|journalism|reporting))(?: today| now)?[.!:]?',
  'donate(?: now| today)?[.!:]?',
  'make a donation[.!:]?',
  'unterstütze(?:n sie)? (?:uns|das projekt|unsere arbeit|\\p{Lu}[\\p{L}-]{1,30})[.!:]?',
  '(?:jetzt )?spenden[.!:]?',
  'jede (?:kleine )?spende (?:hilft|zählt)[.!]?',
  'soutenez(?:-nous)?(?: notre travail)?[.!:]?',
  'faire un don[.!:]?',
  'apóyanos[.!:]?',
  'haz una donación[.!:]?',
])

const HINTS = hintMatcher({
  tokens: ['subscription', 'sign-up', 'opt-in', 'email-signup', 'inline-signup'],
  // A paywall's prompt asks for a subscription the same way.
  parts: [
    'newsletter',
    'newsletters',
    'subscribe',
    'signup',
    'mailchimp',
    'mc4wp',
    'optin',
    'paywall',
    'regwall',
  ],
})

/** Newsletter sign-up boxes. */
export const newsletterBox = defineRule({
  id: 'newsletter-box',
  category: 'newsletter',
  description:
    'Drops newsletter sign-up boxes ("Sign up for our newsletter", "Enter your email address").',
  test(block) {
    if (block.words <= CONSENT_WORDS && CONSENT.test(block.text))
      return { drop: true, reason: 'sign-up consent line' }
    if (block.words > 50) return undefined
    if (FORM_LINE.test(block.text)) return { drop: true, reason: 'sign-up form label or button' }
    if (SIGN_UP.test(block.text)) return { drop: true, reason: 'newsletter sign-up prompt' }
    if (DONATE.test(block.text)) return { drop: true, reason: 'donation prompt' }
    if (HINTS(block)) return { drop: true, reason: 'newsletter box element' }
    return undefined
  },
})
