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
import { attr, hintsOf, mayHint } from './hast.js'

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
