/**
 * The parser reads a page in chunks (`parseChunks`, src/html/parse.ts): it
 * must build the tree parse5 builds from the joined page, wherever the
 * chunks are cut.
 */
import fc from 'fast-check'
import { type DefaultTreeAdapterMap, parse } from 'parse5'
import { describe, expect, it } from 'vitest'
import { parseChunks } from '../src/html/parse.js'

type Node = DefaultTreeAdapterMap['node']

/** The tree as nested arrays: names, attributes, every text and comment node as it is. */
function dump(node: Node): unknown {
  if (node.nodeName === '#text') return ['text', (node as { value: string }).value]
  if (node.nodeName === '#comment') return ['comment', (node as { data: string }).data]
  const element = node as DefaultTreeAdapterMap['element']
  const kids =
    element.tagName === 'template'
      ? (element as DefaultTreeAdapterMap['template']).content.childNodes
      : ((element as { childNodes?: Node[] }).childNodes ?? [])
  return [node.nodeName, element.attrs ?? [], ...kids.map(dump)]
}

const whole = (html: string) => dump(parse(html, { scriptingEnabled: false }) as Node)

/** `html` cut at the given places (sorted, deduplicated). */
function cut(html: string, at: readonly number[]): string[] {
  const places = [...new Set(at.map((a) => a % (html.length + 1)))].sort((a, b) => a - b)
  const parts: string[] = []
  let from = 0
  for (const place of places) {
    if (place > from) parts.push(html.slice(from, place))
    from = Math.max(from, place)
  }
  parts.push(html.slice(from))
  return parts.filter((part) => part !== '')
}

const pieces = [
  '<!DOCTYPE html>',
  '<html lang="en">',
  '<head><title>T &amp; t</title>',
  '<body>',
  '<p class="a b">',
  '</p>',
  '<table><tr><td>',
  '</table>',
  '<script>',
  '</script>',
  '<style>p{}</style>',
  '<!-- note -->',
  '<textarea>',
  '</textarea>',
  '<svg><path d="M0"/></svg>',
  '<template><b>x</b></template>',
  '<noscript><p>n</p></noscript>',
  '<a href="/x?a=1&amp;b=2">',
  '</a>',
  '&nbsp;',
  '&notin;',
  '&#x1F600;',
  '\r\n',
  '\r',
  '\n',
  '  ',
  '\u0000',
  '😀',
  '\ud83d',
  'text',
  'Größe',
]
const page = fc
  .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40, size: 'max' })
  .map((parts) => parts.join(''))

describe('parseChunks', () => {
  it('builds the tree of the joined page wherever it is cut (property)', () => {
    fc.assert(
      fc.property(
        page,
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.integer({ min: 1, max: 9 }),
        (html, at, chunk) => {
          expect(dump(parseChunks(cut(html, at), chunk) as Node)).toEqual(whole(html))
        },
      ),
      { numRuns: 1000, seed: Number(process.env.FC_SEED ?? 20261128) },
    )
  })

  it('reads a token longer than many chunks (a long comment, a long text) at once', () => {
    const comment = `<p>a</p><!--${'c'.repeat(500)}--><p>${'word '.repeat(300)}</p><p>b</p>`
    expect(dump(parseChunks(cut(comment, [3, 9, 40, 700]), 4) as Node)).toEqual(whole(comment))
    expect(dump(parseChunks([comment.slice(0, 20), comment.slice(20)], 8) as Node)).toEqual(
      whole(comment),
    )
  })
})
