import { defineRule } from '../define-rule.js'
import type { Block } from '../types.js'
import { hintMatcher, wholeLine } from './util.js'

export const COOKIE =
  /(?:\b(?:this|our) (?:web)?site uses cookies|\bwe (?:use|value) cookies|\b(?:read|see|view) our cookie (?:policy|notice)|\baccept (?:all )?cookies\b|\bby (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:web)?site,? you (?:agree|accept|consent)|please enable javascript|javascript is (?:disabled|required|not enabled)|(?:enable|activate) javascript (?:to|in your browser)|diese (?:website|webseite|seite) (?:verwendet|nutzt|benutzt) cookies|\b(?:the|this) cookie (?:is|was) (?:set|used|installed)|\bsets? (?:this|the) cookie\b|\b(?:necessary|functional|performance|analytics?|analytical|advertisement|advertising|marketing|targeting|uncategori[sz]ed) cookies (?:are|help|allow|may|is)\b|^cookie duration description$|\bcookies? (?:is|are) used to (?:store|track|identify|record|collect)|wir respektieren (?:deine|ihre) privatsphäre|we (?:respect|value|care about) your privacy|szanujemy (?:twoją|państwa) prywatność|używamy (?:plików )?cookies|wir (?:verwenden|nutzen) cookies|ce site utilise des cookies|nous utilisons des cookies|(?:este|nuestro) (?:sitio|portal)(?: web)? (?:utiliza|usa) cookies|en poursuivant votre navigation|utilizamos cookies|questo sito (?:utilizza|usa) (?:i )?cookie|мы используем (?:файлы )?cookie|本网站使用cookie|cookieを使用)/iu

/**
 * Words one of which every match of COOKIE contains: a cheap test first, since
 * COOKIE's alternatives are tried at every position of every block (10× faster
 * over wcxb-dev's blocks, same matches).
 */
export const COOKIE_WORDS = /cookie|javascript|priva|prywatn|navigation|agree|accept|consent/i

/** Words of a notice anywhere in its block… */
const NOTICE = 80
/** …and of one whose block opens (first characters) with it. */
const LONG_NOTICE = 200
const NOTICE_START = 100

const BUTTON = wholeLine([
  'accept(?: all)?(?: cookies)?',
  'reject(?: all)?',
  'decline',
  'agree',
  'i agree',
  'i accept',
  'got it!?',
  'ok(?:ay)?',
  'manage (?:cookies|preferences|settings|options)',
  'cookie settings',
  'alle akzeptieren',
  'akzeptieren',
  'ablehnen',
  'tout accepter',
  'accepter',
  'refuser',
  'aceptar(?: todo| todas)?',
  'rechazar',
])

const HINTS = hintMatcher({
  tokens: ['cc-banner'],
  parts: ['cookie', 'cookies', 'consent', 'gdpr', 'onetrust', 'cookiebot'],
})

/** A consent button sits right after the notice (or other buttons of it). */
function nearNotice(block: Block, blocks: readonly Block[]): boolean {
  for (let i = block.index - 1; i >= 0 && i >= block.index - 3; i--) {
    const before = blocks[i]
    if (!before) return false
    if (COOKIE.test(before.text)) return true
    if (!BUTTON.test(before.text)) return false
  }
  return false
}

/** Cookie banners and "enable JavaScript" notices. */
export const cookieNotice = defineRule({
  id: 'cookie-notice',
  category: 'cookie',
  description: 'Drops cookie banners, their buttons and "please enable JavaScript" notices.',
  test(block, context) {
    if (block.words > LONG_NOTICE) return undefined
    if (COOKIE_WORDS.test(block.text)) {
      const match = COOKIE.exec(block.text)
      // A long block is a notice only when it opens with one (a consent
      // banner listing its purposes, a plugin's table of cookies).
      if (match && (block.words <= NOTICE || match.index < NOTICE_START))
        return { drop: true, reason: 'cookie or script notice' }
    }
    if (block.words > NOTICE) return undefined
    if (HINTS(block)) {
      return { drop: true, reason: 'cookie banner element' }
    }
    if (block.words <= 3 && BUTTON.test(block.text) && nearNotice(block, context.blocks)) {
      return { drop: true, reason: 'consent button' }
    }
    return undefined
  },
})
