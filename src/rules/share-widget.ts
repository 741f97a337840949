import { defineRule } from '../define-rule.js'
import { hintMatcher, wholeLine } from './util.js'

/** Whole lines that are share or follow buttons. */
const SHARE_LINE = wholeLine([
  'share(?: this(?: article| story| post| page)?| on (?:facebook|twitter|x|linkedin|whatsapp|email))?:?',
  'share via',
  'tweet(?: this)?',
  'follow(?: us| me)?(?: on .{1,40})?',
  'follow @?[\\w.]{1,40}',
  'print(?: this (?:article|page))?',
  'e-?mail(?: this (?:article|page|story))?',
  'copy (?:link|url)',
  'like(?: this)?:?',
  'loading\\.\\.\\.',
  'pin it',
  'save(?: (?:article|story))?',
  'gift (?:this )?article',
  'click to share on .{1,40}',
  'click to (?:email|print) .{1,40}',
  'teilen',
  'jetzt teilen!?',
  'drukuj',
  'udostępnij',
  's[ií]guenos en .{1,160}',
  // Read-aloud players' labels.
  'escucha (?:esta|la) nota(?: aquí)?',
  'listen to (?:this|the) (?:article|story)',
  '(?:artikel|beitrag) (?:vor)?(?:an)?hören',
  // "Follow The Daily on Twitter and Instagram @daily": a follow prompt, however long its list.
  'follow (?:us|[\\p{Lu}].{0,40}) on (?:twitter|facebook|instagram|x|linkedin|tiktok|youtube)\\b.{0,120}',
  'artikel teilen',
  'drucken',
  'folgen',
  'folgen sie uns(?: auf .{1,40})?',
  'partager(?: cet article| l.article| sur .{1,40})?',
  'diesen artikel teilen',
  'compartir (?:este|el) artículo',
  'imprimer',
  'suivre',
  'suivez-nous(?: sur .{1,40})?',
  'compartir(?: en .{1,40}| nota| noticia)?',
  'imprimir',
  'seguir',
  'síguenos(?: en .{1,40})?',
  'condividi',
  'поделиться',
  '分享(?:到)?',
  'シェア(?:する)?',
  'ツイート',
])

/** Social networks and share verbs; a line of nothing else is a share bar. */
const NETWORK = new Set([
  'facebook',
  'twitter',
  'x',
  'linkedin',
  'whatsapp',
  'telegram',
  'reddit',
  'pinterest',
  'tumblr',
  'email',
  'e-mail',
  'mail',
  'print',
  'share',
  'tweet',
  'messenger',
  'flipboard',
  'pocket',
  'xing',
  'bluesky',
  'threads',
  'mastodon',
  'instagram',
  'youtube',
  'tiktok',
  'wechat',
  'weibo',
  'line',
  'sms',
  'copy',
  'link',
  'url',
  'drucken',
  'teilen',
  'partager',
  'compartir',
  'imprimer',
  'imprimir',
  'vk',
  'ok',
  'rss',
  'feed',
  'more',
  'google',
  'news',
])

const HINTS = hintMatcher({
  tokens: [
    'social',
    'socials',
    'social-share',
    'social-links',
    'social-icons',
    'a2a',
    'follow',
    'follow-us',
  ],
  parts: ['share', 'sharing', 'sharedaddy', 'addtoany', 'addthis', 'shareaholic', 'sharebar'],
})

/** A word between the separators of a row of buttons. */
const ROW_WORD = /[^\s|·•,/]+/g

/**
 * True when every word of the line is a network name or share verb. Read
 * word by word: most lines fail on their first word, and the rest of the
 * line is never cut up.
 */
function onlyNetworks(text: string): boolean {
  const lower = text.toLowerCase()
  ROW_WORD.lastIndex = 0
  let words = 0
  for (let found = ROW_WORD.exec(lower); found !== null; found = ROW_WORD.exec(lower)) {
    if (!NETWORK.has(found[0].replace(/[^\p{L}-]/gu, ''))) return false
    words++
  }
  return words >= 2
}

/** Share, like and follow widgets. */
export const shareWidget = defineRule({
  id: 'share-widget',
  category: 'share',
  description:
    'Drops share, like and follow buttons ("Share this:", "Follow", "Facebook Twitter Email").',
  test(block) {
    if (block.words > 30) return undefined
    if (SHARE_LINE.test(block.text)) return { drop: true, reason: 'share or follow button' }
    if (onlyNetworks(block.text)) return { drop: true, reason: 'row of social network buttons' }
    if (HINTS(block)) return { drop: true, reason: 'share widget element' }
    return undefined
  },
})
