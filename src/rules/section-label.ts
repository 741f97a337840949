import { defineRule } from '../define-rule.js'
import { endsLikeSentence } from '../features.js'
import { hintMatcher } from './util.js'

const HINTS = hintMatcher({
  tokens: ['section-label', 'dachzeile', 'topline', 'overline'],
  parts: ['kicker', 'eyebrow', 'category', 'rubric', 'ressort'],
})

/**
 * A short category label just above the headline ("China News", "Sport"):
 * the title block, or in plain text the headline line under the `<title>`
 * line (`RuleContext.headlineIndex`).
 * Kept in `section`: it tells what part of a site the article belongs to.
 */
export const sectionLabel = defineRule({
  id: 'section-label',
  category: 'navigation',
  description: 'Drops the section label shown just above the title and returns it as `section`.',
  test(block, context) {
    const headline = context.headlineIndex
    if (headline < 1 || block.index !== headline - 1) return undefined
    const text = block.text
    if (block.words === 0 || block.words > 4 || text.length > 40) return undefined
    if (endsLikeSentence(text) || /\d{3,}/.test(text)) return undefined
    // A label starts with a capital (or is a CJK/number-free short word), or is hinted as one.
    if (!/^\p{Lu}/u.test(text) && !HINTS(block) && !/^\p{Script=Han}/u.test(text)) return undefined
    return { drop: true, reason: 'section label above the title', capture: 'section' }
  },
})
