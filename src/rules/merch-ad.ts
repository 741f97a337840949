import { defineRule } from '../define-rule.js'
import { endsLikeSentence } from '../features.js'
import { guarded, hintMatcher, wholeLine } from './util.js'

/** A price: currency sign or code next to a number. */
const PRICE =
  /(?:[$€£¥₹]\s?\d[\d.,]*|\b(?:USD|EUR|GBP|CHF|CAD|AUD)\s?\d[\d.,]*|\d[\d.,]*\s?(?:[€$£]|USD|EUR|GBP|CHF|CAD|AUD)(?!\p{L}))/u

/** A call to action that sells. */
const CALL_TO_ACTION = guarded(
  /get it|shop|buy|order|add to|jetzt|warenkorb|acheter|ajouter|command|compra|añadir|cómpralo|>>|»/iu,
  /(?:\b(?:get it (?:here|now|today)|shop (?:now|here|the collection)|buy (?:now|it now|here)|order (?:now|today|here)|add to (?:cart|basket|bag)|jetzt (?:kaufen|bestellen|shoppen)|in den warenkorb|zum shop|acheter maintenant|ajouter au panier|commandez(?: maintenant)?|commander maintenant|comprar ahora|añadir al (?:carrito|carro)|compra ya|cómpralo)(?!\p{L})|>>\s*$|»\s*$)/iu,
)

/** Lines that are only an ad label. */
/** Requests to turn an ad blocker off. */
const AD_BLOCKER = guarded(
  /blocker/iu,
  /(?:\b(?:if you(?:'|’)re|you(?:'|’)re|you are) (?:running|using) an? ad-?blocker|\b(?:disable|turn off|whitelist) (?:your )?ad-?blocker|(?:deaktiviere|deaktivieren sie) (?:deinen|ihren) (?:ad-?blocker|werbeblocker)|werbeblocker (?:deaktivieren|ausschalten))/iu,
)

/**
 * A disclosure that the site earns from the links of the page: affiliate
 * links named as such, or a commission mentioned beside links ("Für Links auf
 * dieser Seite erhält … eine Provision"). A commission without links is
 * prose ("estate agents earn a commission of 1.5 per cent").
 * Measured (text / HTML): trafilatura-dev snippet F1 0.8819 → 0.8831 /
 * 0.9302 unchanged; wcxb-dev word F1 0.8022 → 0.8028 / 0.8566 → 0.8567.
 */
const AFFILIATE = guarded(
  /affili|associate|qualifying|afiliad/iu,
  /\baffiliate[- ]?links?\b|\bamazon associates?\b|\bqualifying purchases\b|\bliens? affiliés?\b|\benlaces? de afiliados?\b/iu,
)
/** Case kept: "the European Commission" is no fee, German nouns are capitalised. */
const EARNS = guarded(
  /commission|compensation|Provision|comisi/u,
  /\b(?:commissions?|compensation|Provision(?:en)?|comisi(?:ón|ones))\b/u,
)
const LINKS = /\b(?:links?|verlinkungen|liens?|enlaces?)\b/iu
const affiliateDisclosure = (text: string): boolean =>
  AFFILIATE.test(text) || (EARNS.test(text) && LINKS.test(text))

/** Spaces and the dashes, bars and dots that draw a label around it. */
const DASH = /[\s\-–—|·]/u

/** The text without the run of DASH characters at either end. */
function withoutDashes(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && DASH.test(text[start] as string)) start++
  while (end > start && DASH.test(text[end - 1] as string)) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

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

/** A product page's banners: offers, loyalty points, "open in the app" prompts. */
const BANNER = hintMatcher({ parts: ['banner'] })

/**
 * Merchandise and ad lines: a product with a price and a call to action, or an
 * ad label. A price inside a sentence is prose and stays.
 */
export const merchAd = defineRule({
  id: 'merch-ad',
  category: 'ads',
  description:
    'Drops product-and-price lines with a call to action ("… $24.99 USD Get it here>>") and ad labels.',
  test(block, context) {
    const text = block.text
    // "- Anzeige -", "— Advertisement —": labels drawn with dashes.
    if (AD_LABEL.test(withoutDashes(text))) return { drop: true, reason: 'ad label' }
    if (block.words <= 60 && AD_BLOCKER.test(text))
      return { drop: true, reason: 'ad-blocker notice' }
    if (HINTS(block) && block.words < 80) return { drop: true, reason: 'ad container' }
    if (context.pageType === 'product' && BANNER(block) && block.words <= 80)
      return { drop: true, reason: "a product page's banner" }
    if (block.words <= 80 && affiliateDisclosure(text))
      return { drop: true, reason: 'affiliate disclosure' }
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
