/**
 * HTML → hast. parse5 builds its tree without recursion, and so does our
 * conversion to hast (`src/html/to-hast.ts`), but walkers over hast
 * (hast-util-to-text, ours) recurse, so a hostile page nested 100,000
 * levels deep would overflow the stack. Below MAX_DEPTH the tree is
 * flattened, during the conversion, into its descendants in document order:
 * no text is lost, only nesting past any real page's.
 */
import type { Root } from 'hast'
import { parse } from 'parse5'
import { dropRawText } from './drop-raw-text.js'
import { toHast } from './to-hast.js'

/** Deeper than any real page; shallow enough for recursive walkers. */
export const MAX_DEPTH = 200

/** Parse an HTML document into hast. Never throws on malformed markup. */
export function parseHtml(html: string): Root {
  // Without scripting, <noscript> holds markup: some sites (Discourse forums) serve their content there.
  // Scripts and styles are emptied first: parse5 would read them code point by code point for nothing.
  return toHast(parse(dropRawText(html), { scriptingEnabled: false }), MAX_DEPTH)
}
