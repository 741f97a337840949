/**
 * A consent manager's box: the cookie banner and its preference centre
 * (cookie categories, vendor lists, toggles). It is never the page, however
 * much text it holds: a thin page (a forum thread's first post, a listing of
 * cards) can hold less text than the preference centre's category texts.
 *
 * Told by one id or class token naming both the subject (cookie, consent,
 * GDPR) and a box (banner, dialog, SDK, modal…), or both subjects at once
 * (`cookie-consent`); a token naming the subject alone (`cookie-policy`,
 * `consent-form`) is a page's own content and is left alone.
 */
import type { Element } from 'hast'
import { mayHint, tokensOf } from './hast.js'

const SUBJECT = /cookie|consent|gdpr/
/** The subject in an element's raw class, id, role or itemprop (Unicode case folding, as `tokensOf` lower-cases). */
const MAY_HOLD_SUBJECT = /cookie|consent|gdpr/iu
const BOX =
  /consent|banner|sdk|dialog|modal|popup|pop-up|overlay|notice|notification|wall|layer|container|wrapper|bar\b/

/** Does one token name a consent box? */
export function isConsentToken(token: string): boolean {
  const subject = SUBJECT.exec(token)
  if (subject === null) return false
  const rest = `${token.slice(0, subject.index)} ${token.slice(subject.index + subject[0].length)}`
  return BOX.test(rest)
}

/** Is this element a consent manager's banner or preference centre? */
export function isConsentBox(node: Element): boolean {
  // The root elements carry the page's state (`cookie-banner-visible`), not a box.
  if (node.tagName === 'html' || node.tagName === 'body') return false
  // Most elements name no subject at all: no tokens to build for them.
  if (!mayHint(node, MAY_HOLD_SUBJECT)) return false
  const tokens = tokensOf(node)
  if (tokens.length === 0) return false
  return tokens.some(isConsentToken)
}
