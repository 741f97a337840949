/**
 * A menu that a scraper flattened into one line, its entries glued without a
 * space: "How to Invest MoneyWhat to Invest InHow to Invest in Stocks",
 * "Trending NewsStock Market NewsMarket Movers", "FacebookTwitterLinkedIn".
 * Plain text only: an HTML block's text keeps the spaces between elements.
 */

/** Id of the rule whose drops these are (the menu is navigation chrome). */
export const GLUED_RULE = 'navigation'

/** A lower-case letter glued to a capitalised word: "MoneyWhat", "NewsMarket". */
const GLUE = /\p{Ll}\p{Lu}\p{Ll}/gu
/** Glued joints from which a line is a menu; brand names ("TurboTax", "LinkedIn") glue once or twice. */
const GLUED_JOINTS = 3
/** Code, markup and addresses, whose identifiers glue words too ("onChange", "getLogger(…)"). */
const CODE = /[(){}[\]<>=_;"@#\\|¶]|:\/\/| - /u
/** Sentence punctuation inside the line or at its end: brand names stand in sentences. */
const PROSE = /[.,;!?]\s|[.:,!?]$|[。，、；！？]/u
/** A figure with its unit glued to the next label: "Carbohydrates: 31gProtein: 5g". */
const UNIT = /\d\p{Ll}{0,4}\p{Lu}/u

/** Whether a line is a menu glued into one line. */
export function gluedMenu(text: string): boolean {
  const joints = text.match(GLUE)
  if (joints === null || joints.length < GLUED_JOINTS) return false
  return !PROSE.test(text) && !CODE.test(text) && !UNIT.test(text)
}
