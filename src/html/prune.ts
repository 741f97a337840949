/**
 * Remove subtrees that are never article content: scripts and styles,
 * embedded objects, form controls, navigation, hidden elements. Mutates the
 * freshly parsed tree it is given (nobody else holds it).
 */

import type { Element, Root, RootContent } from 'hast'
import { isConsentBox } from './consent.js'
import { isDisclosurePanel, isProseTabSet } from './disclosure.js'
import { gapNode, joinsWords, without } from './gap.js'
import { attr, isElement, linkText, type Parent, rawText, textLength } from './hast.js'
import { dropRepeatedNoscript } from './noscript.js'
import { SCREEN_READER_ONLY } from './screen-reader.js'

const NEVER = new Set([
  'script',
  'style',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'link',
  'meta',
  'head',
  'map',
  'area',
  'source',
  'track',
  'frame',
  'frameset',
  // Ruby annotations (furigana): the reading of the base text, not more text.
  'rt',
  'rp',
])

/** Ruby's reading text: removed from between the characters it annotates, which stay joined. */
const RUBY_TEXT = new Set(['rt', 'rp'])

const NEVER_ROLES = new Set([
  'navigation',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
  'search',
  'contentinfo',
  'complementary',
  'banner',
  'toolbar',
  'tablist',
])

const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i

/** A form with less text than this is a widget (comment, search, login, newsletter). */
const WIDGET_FORM_TEXT = 2000

/**
 * A form that is a widget rather than a page wrapper: little text a reader
 * sees (its scripts and styles do not count; a framework's JSON state inside
 * a comment form once made it a page wrapper).
 */
function isWidgetForm(node: Element): boolean {
  let length = 0
  const stack: RootContent[] = [...node.children]
  while (stack.length > 0) {
    const n = stack.pop() as RootContent
    if (n.type === 'text') {
      length += n.value.length
      if (length >= WIDGET_FORM_TEXT) return false
    } else if (n.type === 'element' && n.tagName !== 'script' && n.tagName !== 'style')
      for (const child of n.children) stack.push(child)
  }
  return true
}

/**
 * A screen-reader-only class (./screen-reader.ts) in any case. Read on the class as written: no character
 * outside ASCII lower-cases into these names (the Kelvin sign gives `k`,
 * which none holds), so ASCII case folding equals `toLowerCase` here, and
 * no string is made per class of every element.
 */
const SCREEN_READER_CLASS = new RegExp(`^(?:${SCREEN_READER_ONLY.join('|')})$`, 'i')

/** The lengths of those names: a class of any other length is none of them (no regex run). */
const SCREEN_READER_LENGTHS = new Set(SCREEN_READER_ONLY.map((name) => name.length))

function isScreenReaderOnly(node: Element): boolean {
  const className = node.properties.className
  if (!Array.isArray(className)) return false
  for (const c of className)
    if (typeof c === 'string' && SCREEN_READER_LENGTHS.has(c.length) && SCREEN_READER_CLASS.test(c))
      return true
  return false
}

function isHidden(node: Element): boolean {
  if (isScreenReaderOnly(node)) return true
  const props = node.properties
  if (props.hidden !== undefined && props.hidden !== false && props.hidden !== null) return true
  if (attr(node, 'ariaHidden') === 'true') return true
  // A popover (`popover` attribute) shows only when opened, as a dialog does.
  if (node.properties.popover !== undefined) return true
  const style = attr(node, 'style')
  return style !== '' && HIDDEN_STYLE.test(style)
}

const HEADING = /^h[1-6]$/

/**
 * A button that is its heading's text: an accordion's question, as ARIA's
 * pattern writes it (`<h3><button aria-expanded="false">Do you deliver on
 * Sundays?</button></h3>`). Other buttons are controls and go.
 */
function isHeadingButton(node: Element, parent: Parent): boolean {
  return node.tagName === 'button' && parent.type === 'element' && HEADING.test(parent.tagName)
}

/** Hidden, and not a disclosure's panel (a FAQ's answer, a tab's panel: the reader opens it). */
function isHiddenChrome(node: Element): boolean {
  return isHidden(node) && !isDisclosurePanel(node)
}

/**
 * Class prefixes of media players' own markup (video.js, MediaElement.js,
 * JW Player, Yahoo's player): play buttons, time displays, caption and
 * quality menus. None of it is the article's text.
 */
const PLAYER_PREFIX = /^(?:vjs|mejs|jw|yvp)-/i

/** A dash, as each prefix ends: at the third, fourth or fifth place of a class that may hold one. */
function dashAfterPrefix(c: string): boolean {
  return c.charCodeAt(3) === 45 || c.charCodeAt(2) === 45 || c.charCodeAt(4) === 45
}

function isPlayerChrome(node: Element): boolean {
  const className = node.properties.className
  if (!Array.isArray(className)) return false
  // In any case, as written (see SCREEN_READER_CLASS: the same holds for these prefixes).
  for (const c of className)
    if (typeof c === 'string' && dashAfterPrefix(c) && PLAYER_PREFIX.test(c)) return true
  return false
}

/** Page chrome: navigation, footers, sidebars, dialogs, widget forms, media players, hidden subtrees. */
function isChrome(node: Element, inArticle: boolean): boolean {
  if (CHROME.has(node.tagName)) return true
  // An aside in an article is a box of the article (related links, a fact box); elsewhere a sidebar.
  if (node.tagName === 'aside' && !inArticle) return true
  const role = attr(node, 'role').toLowerCase()
  // A tab list whose panels hold prose is an accordion or a tab set of the page's text.
  if (role !== '' && NEVER_ROLES.has(role)) return role !== 'tablist' || !isProseTabSet(node)
  if (node.tagName === 'form' && isWidgetForm(node)) return true
  if (isPlayerChrome(node)) return true
  return isHiddenChrome(node) || isLongConsentBox(node)
}

const CHROME = new Set(['nav', 'dialog', 'footer'])

/**
 * Chrome goes unless one such element holds most of the page: React streams
 * whole pages into a hidden element that a script reveals (`<div hidden
 * id="S:0">`), and broken markup leaves a page inside an unclosed `<aside>`;
 * a reader sees the text either way. (trafilatura undoes pruning that removes
 * too much for the same reason.)
 */
const CHROME_SHARE = 0.5
/**
 * …but a menu stays a menu however large: chrome whose text is mostly link
 * text goes whatever its share (a shop's mega-menu can hold 70% of the text
 * of a page whose product grid is rendered by script).
 */
const CHROME_LINKS = 0.5

/**
 * A consent box longer than a notice (the `cookie-notice` rule's 200 words)
 * is a preference centre: it competes with the article for the locator and
 * no rule drops it whole. Shorter banners are left for that rule, which
 * explains their removal in the ledger.
 */
const NOTICE_WORDS = 200

function isLongConsentBox(node: Element): boolean {
  if (!isConsentBox(node)) return false
  const words = rawText(node).match(/\S+/g)
  return words !== null && words.length > NOTICE_WORDS
}

/** A page footer never holds the page, however much of it there is. */
function isFooter(node: Element): boolean {
  return node.tagName === 'footer' || attr(node, 'role').toLowerCase() === 'contentinfo'
}

/**
 * Prune never-content subtrees from the document, iteratively.
 * `noscripts`: the page's `<noscript>` blocks as the metadata walk found
 * them (`dropRepeatedNoscript`); else they are looked for here.
 */
export function prune(
  root: Root,
  noscripts?: ReadonlyArray<readonly [Parent | null, Element]>,
): void {
  dropRepeatedNoscript(root, noscripts)
  // Chrome found, with what stands before and after its parent (for `without`).
  const chrome: Array<[Parent, Element, RootContent | undefined, RootContent | undefined]> = []
  // Parents still to visit, whether each is in an article, and the nodes
  // before and after it in document order (a removed first or last child
  // must not join the words around its parent): stacks, no tuple per element.
  const parents: Parent[] = [root]
  const inArticles: boolean[] = [false]
  const befores: Array<RootContent | undefined> = [undefined]
  const afters: Array<RootContent | undefined> = [undefined]
  while (parents.length > 0) {
    const parent = parents.pop() as Parent
    const inArticle = inArticles.pop() as boolean
    const outerBefore = befores.pop()
    const outerAfter = afters.pop()
    const children = parent.children as RootContent[]
    // A new children array only once a child goes: most elements lose none.
    let kept: RootContent[] | null = null
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as RootContent
      let drop = child.type === 'comment' || child.type === 'doctype'
      if (isElement(child)) {
        drop = NEVER.has(child.tagName) && !isHeadingButton(child, parent)
        if (!drop) {
          if (isChrome(child, inArticle)) chrome.push([parent, child, outerBefore, outerAfter])
          parents.push(child)
          inArticles.push(inArticle || child.tagName === 'article')
          befores.push((kept === null ? children[i - 1] : kept.at(-1)) ?? outerBefore)
          afters.push(children[i + 1] ?? outerAfter)
        }
      }
      if (drop) {
        kept ??= children.slice(0, i)
        if (
          child.type === 'element' &&
          !RUBY_TEXT.has(child.tagName) &&
          joinsWords(kept.at(-1) ?? outerBefore, children[i + 1] ?? outerAfter)
        )
          kept.push(gapNode())
      } else if (kept !== null) kept.push(child)
    }
    // Only comments and doctypes (never inside elements) were filtered out by type.
    if (kept !== null) parent.children = kept as Parent['children'] as never
  }
  if (chrome.length === 0) return
  const total = textLength(root)
  for (const [parent, child, before, after] of chrome) {
    const length = textLength(child)
    if (
      length > total * CHROME_SHARE &&
      !isFooter(child) &&
      !isLongConsentBox(child) &&
      linkText(child) <= length * CHROME_LINKS
    )
      continue
    parent.children = without(parent.children as RootContent[], child, before, after) as never
  }
}
