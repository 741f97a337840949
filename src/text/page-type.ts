/**
 * The kind of a plain-text page, guessed from its lines, for what the
 * address does not tell (`pageTypeOf`): a thread of posts from its top is a
 * discussion, and so is a page of forum buttons ("Reply", "Quote") unless
 * they all stand below the first post of a thread (a blog's comments, whose
 * buttons follow each comment, under the article); a page of prices, carts
 * and star ratings is a shop, a product page or, with many prices, a
 * listing of products. A site's home page (an address without a path or a
 * query) that reads as none of these is a listing: its front page of teasers.
 */
import type { Block, PageType } from '../types.js'
import { postStarts, threadStart } from './comment-thread.js'

/** A price, as shops write them. */
export const PRICE = /[$€£¥]\s?\d|\d(?:[.,]\d{1,2})?\s?(?:[$€£¥]|EUR|USD|GBP)(?!\p{L})/u
/** What only a shop writes: its cart, stock and stars. */
const SHOP =
  /\b(?:add to (?:cart|bag|basket|wishlist)|buy now|in stock|out of stock|sold out|free shipping|quick view|select options|in den warenkorb|auf lager|ausverkauft|ajouter au panier|en stock|añadir al carrito|agotado)\b|\b\d(?:[.,]\d)?\s*(?:out of 5|stars?)\b|\b\d+\s+reviews?\b/iu
/** A forum's own lines: its post buttons, member labels and quotes. */
const FORUM =
  /^(?:reply|quote|report|permalink|reply with quote|multi-?quote|antworten|zitieren|melden|répondre|citer|signaler|responder|citar|#\d+|post #?\d+)$|^(?:joined|posts|messages|reputation|registered|member since|reaction score|beiträge|registriert|mitglied seit|inscrit|mensajes|registrado)\b.{0,30}$|^(?:new member|senior member|junior member|well-known member|active member|moderator|administrator|staff member)$|\b(?:wrote|schrieb|a écrit|escribió)\s*:\s*$|^(?:asked|answered|edited|commented|modified)\b.{0,40}$|^(?:improve this (?:answer|question)|add a comment|show \d+ more comments?)$/iu
/** Lines below the title within which a first post's header makes the page a thread. */
const FIRST_POST = 3
/** Forum lines that make a page a discussion. */
const FORUM_LINES = 4
/** Shop lines that make a page a shop's. */
const SHOP_LINES = 3
/** Price lines that make a shop's page a listing of products. */
const LISTING_PRICES = 10
/** Lines of that length or less are looked at for prices (a price line, a card). */
const SHORT_LINE = 120
/** A thread starting under this many words of prose below the title is the page. */
const TOP_WORDS = 150
/** Prose: a line of this many words. */
const PROSE_WORDS = 8

/** Whether an address is a site's home page: no path and no query. */
export function homePage(url: string | null): boolean {
  if (!url) return false
  try {
    const { pathname, search } = new URL(url)
    return pathname === '/' && search === ''
  } catch {
    return false
  }
}

/**
 * The page's type from its lines; `declared` (from the address) wins unless
 * it is 'article'; `home`: the address is a site's home page (`homePage`).
 */
export function textPageType(
  blocks: readonly Block[],
  titleIndex: number,
  declared: PageType,
  home = false,
): PageType {
  if (declared !== 'article') return declared
  const start = threadStart(blocks, titleIndex)
  let forum = 0
  let firstForum = -1
  for (const block of blocks) {
    if (block.text.length > SHORT_LINE || !FORUM.test(block.text)) continue
    forum++
    if (firstForum < 0) firstForum = block.index
  }
  // Buttons under comments that start below the article are the comments'.
  if (forum >= FORUM_LINES && (start < 0 || firstForum < start)) return 'discussion'
  // A post's header right under the title: the thread is the page.
  if (start >= 0 && postStarts(blocks).some((i) => i > titleIndex && i <= titleIndex + FIRST_POST))
    return 'discussion'
  if (start >= 0) {
    let prose = 0
    for (let i = titleIndex + 1; i < start; i++) {
      const words = blocks[i]?.words ?? 0
      if (words >= PROSE_WORDS) prose += words
    }
    if (prose < TOP_WORDS) return 'discussion'
  }
  let prices = 0
  let shop = 0
  for (const block of blocks) {
    if (block.text.length > SHORT_LINE) continue
    const price = PRICE.test(block.text)
    if (price) prices++
    if (price || SHOP.test(block.text)) shop++
  }
  if (shop < SHOP_LINES) return home ? 'listing' : 'article'
  return prices >= LISTING_PRICES ? 'listing' : 'product'
}
