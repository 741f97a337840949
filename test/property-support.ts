/**
 * Generators and oracles for test/property.test.ts.
 *
 * "Nothing invented" needs a notion of the words a page holds. The library
 * normalises before it segments: bytes are decoded, double-encoded UTF-8
 * repaired, HTML entities decoded by the parser, control characters
 * dropped, whitespace collapsed, bullets and a text browser's link markers
 * stripped. So a word of the output (a run of letters, digits, marks and
 * `_`, as `wordCount` counts them) must occur in one of the input's
 * readings: its decoded text, that text with control characters and dump
 * markers removed, or with invisible characters (soft hyphens…) removed, or
 * (HTML) the concatenated text nodes that parse5 sees, all of them or only
 * those outside templates, or only those rendered.
 * Dropping a control character or a marker can join two runs into one
 * word; the readings drop them too, so such a word still occurs there.
 */
import fc from 'fast-check'
import { type DefaultTreeAdapterMap, parse } from 'parse5'
import { decode } from '../src/decode.js'
import { repairMojibake } from '../src/mojibake.js'

type P5Node = DefaultTreeAdapterMap['node']

// biome-ignore lint/suspicious/noControlCharactersInRegex: the library drops these, so the oracle does
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]+/g
/** Invisible characters (soft hyphen, zero-width space, word joiner, BOM): titles are read without them. */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g
const MARKER = /\[(?:\d{1,5}|IMG|INLINE|BUTTON|EMBED)\]/g
const WORD = /[\p{L}\p{N}\p{Mn}\p{Mc}_]+/gu

/** The words of a text, as `wordCount` counts them. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? []
}

/**
 * The text nodes of an HTML document, in order, joined without separators
 * (iterative). `templates`: with template contents, which a browser never
 * renders; `rendered`: without `hidden` subtrees either. Their going joins
 * the text on either side, as it does on screen.
 */
function textNodes(html: string, rendered: boolean, templates: boolean): string {
  const out: string[] = []
  const stack: P5Node[] = [parse(html, { scriptingEnabled: false })]
  while (stack.length > 0) {
    const node = stack.pop() as P5Node
    if (node.nodeName === '#text' && 'value' in node) out.push(node.value)
    if (rendered && 'attrs' in node && node.attrs.some((a) => a.name === 'hidden')) continue
    const kids = 'childNodes' in node ? (node.childNodes as P5Node[]) : []
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as P5Node)
    // <template> content lives apart from childNodes.
    if (templates && 'content' in node && node.content) stack.push(node.content as P5Node)
  }
  return out.join('')
}

/** The readings of an input in which every output word must occur. */
export function readings(input: string | Uint8Array, html: boolean): string[] {
  const decoded = repairMojibake(decode(input).text)
  const bare = decoded.replace(CONTROL, '')
  const out = [decoded, bare, bare.replace(MARKER, ''), bare.replace(INVISIBLE, '')]
  if (html) {
    for (const [rendered, templates] of [
      [false, true],
      [false, false],
      [true, false],
    ] as const) {
      const nodes = textNodes(decoded, rendered, templates)
      out.push(nodes, nodes.replace(CONTROL, ''))
    }
  }
  return out
}

/** A line as a title reads it: without invisible characters (soft hyphens…), which are line-break hints. */
export const asTitleReads = (line: string): string => line.replace(INVISIBLE, '')

/** Output words that occur in none of the readings (empty when nothing was invented). */
export function inventedWords(text: string, sources: readonly string[]): string[] {
  return wordsOf(text).filter((word) => !sources.some((source) => source.includes(word)))
}

/** Any UTF-16 code unit, lone surrogates included. */
export const codeUnitString = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 400,
})

const WORDS = [
  'The',
  'council',
  'voted',
  'on',
  'Tuesday',
  'to',
  'approve',
  'a',
  'new',
  'budget',
  'and',
  'the',
  'mayor',
  'said',
  'it',
  'was',
  'fair',
  'Share',
  'Tweet',
  'Read more',
  'By Jane Smith',
  'Photo: AP',
  'Subscribe to our newsletter',
  'Home',
  '© 2024',
  'cookies',
  'café',
  'Grüße',
  '日本語',
  '&amp;',
  '&eacute;',
  '&#x41;',
  '&nbsp;',
  '&lt;b&gt;',
]

/** Prose-like text: words of articles and of boilerplate, with stray characters. */
export const phrase = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 30 })
  .map((words) => words.join(' '))

/** Plain text: lines of phrases, blank lines, bullets. */
export const plainText = fc
  .array(
    fc.oneof(
      phrase.map((p) => `${p}.`),
      phrase,
      phrase.map((p) => `- ${p}`),
      fc.constant(''),
    ),
    { maxLength: 40 },
  )
  .map((lines) => lines.join('\n'))

const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'b',
  'h1',
  'h2',
  'ul',
  'li',
  'article',
  'main',
  'nav',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'blockquote',
  'pre',
  'table',
  'td',
  'script',
  'style',
  'noscript',
  'template',
  'br',
  'img',
]
const CLASSES = ['entry-content', 'post', 'share', 'comments', 'nav', 'byline', 'caption', 'x']
const attribute = fc.oneof(
  fc.constantFrom(...CLASSES).map((c) => `class="${c}"`),
  fc.constantFrom('hidden', 'aria-hidden="true"', 'role="main"', 'itemprop="articleBody"'),
  fc
    .tuple(fc.stringMatching(/^[a-z][a-z-]{0,8}$/), fc.string({ maxLength: 10 }))
    .map(([name, value]) => `${name}="${value.replace(/"/g, '&quot;')}"`),
)

/** HTML-ish markup: random tags with attributes around text, sometimes unclosed. */
export const htmlish: fc.Arbitrary<string> = fc
  .letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      phrase,
      fc
        .tuple(
          fc.constantFrom(...TAGS),
          fc.array(attribute, { maxLength: 3 }),
          fc.array(tie('node'), { maxLength: 4 }),
          fc.boolean(),
        )
        .map(([tag, attributes, kids, close]) => {
          const open = `<${[tag, ...attributes].join(' ')}>`
          return `${open}${kids.join('')}${close ? `</${tag}>` : ''}`
        }),
    ),
  }))
  .node.map(
    (body) => `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`,
  )

/** Bytes: arbitrary, or text encoded as UTF-8 with stray bytes spliced in. */
export const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc
    .tuple(fc.oneof(plainText, htmlish), fc.uint8Array({ maxLength: 8 }), fc.nat())
    .map(([text, stray, at]) => {
      const encoded = new TextEncoder().encode(text)
      const cut = encoded.length === 0 ? 0 : at % encoded.length
      const out = new Uint8Array(encoded.length + stray.length)
      out.set(encoded.subarray(0, cut))
      out.set(stray, cut)
      out.set(encoded.subarray(cut), cut + stray.length)
      return out
    }),
)
