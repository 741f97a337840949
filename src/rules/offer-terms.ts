import { defineRule } from '../define-rule.js'
import type { Block } from '../types.js'
import { perPage } from './util.js'

/** An offer's fine print: a line that ends by saying terms apply. */
const FINE_PRINT =
  /\b(?:(?:terms|exclusions|restrictions|conditions)(?: (?:and|&) conditions)? (?:may )?apply|es gelten (?:die )?\p{L}*bedingungen|conditions applicables|(?:se )?aplican (?:términos|restricciones|condiciones))[\s.!*)]*$/iu
/** Lines of fine print up to this many words. */
const FINE_PRINT_WORDS = 80
/** A page with this many lines of fine print is a page of offers (coupons): its own text. */
const OFFERS_PAGE = 4

const finePrintLines = perPage(
  (blocks): number =>
    blocks.filter((b) => b.words <= FINE_PRINT_WORDS && FINE_PRINT.test(b.text)).length,
)

/** A heading naming one of a shop's policies, alone on its line. */
const POLICY_HEADING =
  /^(?:(?:refund|return|returns|shipping|delivery|privacy|cookie) (?:policy|policies)|terms (?:of (?:service|use|sale)|(?:and|&) conditions))$/iu
/** A policy's text opens with a line of this many words at least. */
const POLICY_OPENING = 15
/** Distinct policies, each with its text, that make the policies' section. */
const POLICIES = 2

/** A title that names a policy: the page is one, not a shop's page. */
const POLICY_TITLE = /\b(?:polic(?:y|ies)|terms|privacy)\b/iu

/**
 * Where the shop's policies start: the first of POLICIES distinct policy
 * headings that each open a text (a heading may be shown twice, as a tab
 * and as the drawer's title), or -1.
 */
const policiesStart = perPage((blocks): number => {
  const found = new Map<string, number>()
  for (let i = 0; i < blocks.length; i++) {
    const text = (blocks[i] as Block).text.trim()
    if (!POLICY_HEADING.test(text)) continue
    let next = i + 1
    while (blocks[next]?.text.trim() === text) next++
    const key = text.toLowerCase()
    if ((blocks[next]?.words ?? 0) >= POLICY_OPENING && !found.has(key)) found.set(key, i)
  }
  return found.size >= POLICIES ? Math.min(...found.values()) : -1
})

/**
 * Offers' fine print ("… Terms apply.") and the policies a shop serves with
 * each page (refund, privacy, terms of service: the text of its drawers),
 * plain text only (HTML hides the drawers and marks fine print).
 */
export const offerTerms = defineRule({
  id: 'offer-terms',
  category: 'legal',
  formats: ['text'],
  description:
    'Drops offers’ fine print ("… Terms apply.") and the policy texts a shop serves with each page.',
  test(block, context) {
    const start = policiesStart(context.blocks)
    if (
      start > context.titleIndex &&
      block.index >= start &&
      !POLICY_TITLE.test(context.title ?? '')
    )
      return { drop: true, reason: 'shop policy text' }
    if (block.words > FINE_PRINT_WORDS || !FINE_PRINT.test(block.text)) return undefined
    if (finePrintLines(context.blocks) < OFFERS_PAGE)
      return { drop: true, reason: 'offer fine print' }
    return undefined
  },
})
