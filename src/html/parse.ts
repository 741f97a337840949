/**
 * HTML → hast. parse5's parser builds the hast tree itself, through our
 * tree adapter (`./hast-adapter.ts`), without recursion, but walkers over
 * hast (hast-util-to-text, ours) recurse, so a hostile page nested 100,000
 * levels deep would overflow the stack. Below MAX_DEPTH the tree is
 * flattened after parsing (`./cap-depth.ts`, a walk over the elements) into
 * its descendants in document order: no text is lost, only nesting past any
 * real page's. (The depth of parse5's open-element stack does not bound the
 * tree's: an element removed from the middle of the stack, as a second
 * `<a>` removes the first, stays in the tree.)
 *
 * The parser is fed the tokens of our faster tokenizer
 * (`./fast-tokenizer.ts`), which reads the parts of the page as they are,
 * unjoined; a page it gives up on is parsed by parse5 alone, with a new
 * adapter.
 */
import type { Root } from 'hast'
import { type DefaultTreeAdapterMap, Parser, type TreeAdapterTypeMap } from 'parse5'
import { capDepth } from './cap-depth.js'
import { rawTextParts } from './drop-raw-text.js'
import { fastParseWith } from './fast-tokenizer.js'
import { HastAdapter, type HastMap } from './hast-adapter.js'
import { keepWorded } from './worded.js'

/** Deeper than any real page; shallow enough for recursive walkers. */
export const MAX_DEPTH = 200

// Without scripting, <noscript> holds markup: some sites (Discourse forums) serve their content there.
const OPTIONS = { scriptingEnabled: false } as const

/** Characters per chunk written to the tokenizer, and how much it keeps of what it has read. */
const CHUNK = 16384

/** A parser building hast, with a new adapter. */
function hastParser(): [Parser<HastMap>, HastAdapter] {
  const adapter = new HastAdapter()
  return [new Parser<HastMap>({ ...OPTIONS, treeAdapter: adapter }), adapter]
}

/** Parse an HTML document into hast. Never throws on malformed markup. */
export function parseHtml(html: string): Root {
  // Scripts and styles are emptied first: parse5 would read them code point by code point for nothing.
  const parts = rawTextParts(html)
  // Our tokenizer drives parse5's tree construction; parse5 alone reads what it gives up on.
  let [parser, adapter] = hastParser()
  let root = fastParseWith(parser, parts)
  if (root === null) {
    ;[parser, adapter] = hastParser()
    if (parts.length === 1) {
      parser.tokenizer.write(parts[0] as string, true)
      root = parser.document
    } else root = parseChunks(parts, CHUNK, parser)
  }
  capDepth(root, MAX_DEPTH)
  keepWorded(root, adapter.maker.worded)
  return root
}

/**
 * parse5 given the parts of a page in chunks, as a stream is read, instead
 * of their joined copy: the same tree (parse5 builds the same tree however
 * its input is cut). A joined page past 64 K characters is a large object,
 * and allocating one costs more than the chunks together (on 300 wcxb-dev
 * pages, scan and parse 0.85 × with chunks). The tokenizer appends each
 * chunk to what it still holds, and drops what it has read at each token
 * past its waterline (set to a chunk): what it holds stays small. A token
 * longer than that (a huge comment or text run) is held whole; once it
 * holds four chunks, the rest of the page is written at once, so no page
 * is copied chunk after chunk. (`chunk`: the chunk size, for tests;
 * `parser`: a new parser, by default one building parse5's own tree.)
 */
export function parseChunks<T extends TreeAdapterTypeMap = DefaultTreeAdapterMap>(
  parts: readonly string[],
  chunk = CHUNK,
  parser: Parser<T> = new Parser(OPTIONS) as unknown as Parser<T>,
): T['document'] {
  const chunks: string[] = []
  for (const part of parts)
    if (part.length <= chunk) chunks.push(part)
    else for (let at = 0; at < part.length; at += chunk) chunks.push(part.slice(at, at + chunk))
  const { tokenizer } = parser
  const input = tokenizer.preprocessor
  input.bufferWaterline = chunk
  for (let i = 0; i < chunks.length; i++) {
    if (input.html.length > 4 * chunk) {
      tokenizer.write(chunks.slice(i).join(''), true)
      break
    }
    tokenizer.write(chunks[i] as string, i === chunks.length - 1)
  }
  return parser.document
}
