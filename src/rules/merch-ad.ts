import { defineRule } from '../define-rule.js'
import { endsLikeSentence } from '../features.js'
import { hintMatcher, wholeLine } from './util.js'

/** A price: currency sign or code next to a number. */
const PRICE =
  /(?:[$€£¥₹]\s?\d[\d.,]*|\b(?:USD|EUR|GBP|CHF|CAD|AUD)\s?\d[\d.,]*|\d[\d.,]*\s?(?:[€$£]|USD|EUR|GBP|CHF|CAD|AUD)(?!\p{L}))/u

/** A call to action that sells. */
const CALL_TO_ACTION =
  /(?:\b(?:get it (?:here|now|today)|shop (?:now|here|the collection)|buy (?:now|it now|here)|order (?:now|today|here)|add to (?:cart|basket|bag)|jetzt (?:kaufen|bestellen|shoppen)|in den warenkorb|zum shop|acheter maintenant|ajouter au panier|commandez(?: maintenant)?|commander maintenant|comprar ahora|añadir al (?:carrito|carro)|compra ya|cómpralo)(?!\p{L})|>>\s*$|»\s*$)/iu

/** Lines that are only an ad label. */
/** Requests to turn an ad blocker off. */
const AD_BLOCKER =
  /(?:\b(?:if you(?:'|’)re|you(?:'|’)re|you are) (?:running|using) an? ad-?blocker|\b(?:disable|turn off|whitelist) (?:your )?ad-?blocker|(?:deaktiviere|deaktivieren sie) (?:deinen|ihren) (?:ad-?blocker|werbeblocker)|werbeblocker (?:deaktivieren|ausschalten))/iu

const AD_LABEL = wholeLine([
  'advertisement',
  'advertisements',
  'advertising',
  'sponsored(?: content| post| links?| by .{1,40})?',
  'paid (?:content|post|partnership)',
  'promoted(?: content)?',
  'ad',
  'ads',
  'anzeige',
  'werbung',
  'publicité',
  'publicidad',
  'publicidade',
  'pubblicità',
  'annonce',
  'реклама',
  'reklama',
  'anuncio',
  '广告',
  '推广',
  '広告',
  'スポンサーリンク',
  'pr',
])

const HINTS = hintMatcher({
  tokens: ['promo', 'promoted'],
  parts: [
    'ad',
    'ads',
    'advert',
    'adverts',
    'advertisement',
    'adsbygoogle',
    'adslot',
    'sponsor',
    'sponsored',
    'dfp',
    'taboola',
    'outbrain',
    // Affiliate-link disclosures and product boxes.
    'affiliate',
    'affiliatetext',
    'aawp',
  ],
})

/**
 * Merchandise and ad lines: a product with a price and a call to action, or an
 * ad label. A price inside a sentence is prose and stays.
 */
export const merchAd = defineRule({
  id: 'merch-ad',
  category: 'ads',
  description:
    'Drops product-and-price lines with a call to action ("… $24.99 USD Get it here>>") and ad labels.',
  test(block) {
    const text = block.text
    // "- Anzeige -", "— Advertisement —": labels drawn with dashes.
    if (AD_LABEL.test(text.replace(/^[\s\-–—|·]+|(?<![\s\-–—|·])[\s\-–—|·]+$/gu, '')))
      return { drop: true, reason: 'ad label' }
    if (block.words <= 60 && AD_BLOCKER.test(text))
      return { drop: true, reason: 'ad-blocker notice' }
    if (HINTS(block) && block.words < 80) return { drop: true, reason: 'ad container' }
    if (block.words > 40) return undefined
    const cta = CALL_TO_ACTION.test(text)
    if (cta && PRICE.test(text))
      return { drop: true, reason: 'product with price and call to action' }
    if (cta && block.words <= 8 && !endsLikeSentence(text.replace(/(?<![>»])[>»]+\s*$/u, ''))) {
      return { drop: true, reason: 'shopping call to action' }
    }
    return undefined
  },
})
