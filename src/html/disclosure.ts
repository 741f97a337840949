/**
 * A disclosure's panel: a FAQ accordion's answer or a tab's panel, hidden
 * until its button is pressed. The reader opens it, and its text is the
 * page's own (a service page's questions and answers, its feature tabs), so
 * hiding it does not make it chrome. Told by ARIA's panel roles (`tabpanel`,
 * `region`) or a class or id part naming an accordion (`accordion`,
 * `collapse`, `faq`, `answer`, `tab-pane`, `tabpanel`). Hidden menus,
 * dialogs and popovers name none of these.
 */
import type { Element } from 'hast'
import { attr, hintsOf, linkText, mayHint, rawText } from './hast.js'

const PANEL_ROLES: ReadonlySet<string> = new Set(['tabpanel', 'region'])
const PANEL_HINTS: ReadonlySet<string> = new Set([
  'accordion',
  'collapse',
  'faq',
  'faqs',
  'answer',
  'tab-pane',
  'tabpanel',
])
/** One of the hints in an element's raw class or id (most elements name none: no hints built). */
const MAY_NAME_PANEL = /accordion|collapse|faq|answer|tab-?pane|tabpanel/i

/** Is this (hidden) element a disclosure's panel? */
export function isDisclosurePanel(node: Element): boolean {
  if (PANEL_ROLES.has(attr(node, 'role').toLowerCase())) return true
  if (!mayHint(node, MAY_NAME_PANEL)) return false
  return hintsOf(node).some((hint) => PANEL_HINTS.has(hint))
}

/** Panels of a tab set read as prose: at least this many words per panel… */
const PROSE_PANEL_WORDS = 12
/** …at most this share of their text in links… */
const PROSE_PANEL_LINKS = 0.3
/** A sentence's end: a word's last letter, then `.`, `!` or `?` and a space or the end. */
const SENTENCE_END = /\p{L}[.!?]+(?:\s|$)/u

/**
 * A tab list (`role="tablist"`, which Bootstrap's accordions also carry)
 * whose disclosure panels hold prose: several words per panel, most not
 * links, and a sentence's end in at least half of them. A menu built as
 * tabs (panels of links, short labels) or a box of names is none.
 */
export function isProseTabSet(node: Element): boolean {
  const panels: Element[] = []
  const stack: Element[] = [node]
  while (stack.length > 0) {
    const current = stack.pop() as Element
    if (current !== node && isDisclosurePanel(current)) {
      panels.push(current)
      continue
    }
    for (const child of current.children) if (child.type === 'element') stack.push(child)
  }
  if (panels.length === 0) return false
  let words = 0
  let length = 0
  let links = 0
  let sentences = 0
  for (const panel of panels) {
    const text = rawText(panel)
    words += text.match(/\S+/g)?.length ?? 0
    length += text.length
    links += linkText(panel)
    if (SENTENCE_END.test(text)) sentences++
  }
  return (
    words >= PROSE_PANEL_WORDS * panels.length &&
    links <= length * PROSE_PANEL_LINKS &&
    sentences * 2 >= panels.length
  )
}
