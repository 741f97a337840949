/** The conversion to hast makes the nodes hast-util-from-parse5 makes. */
import { fromParse5 } from 'hast-util-from-parse5'
import { parse } from 'parse5'
import { describe, expect, it } from 'vitest'
import { toHast } from './to-hast.js'

describe('toHast', () => {
  it('gives attributes the values hast-util-from-parse5 gives them', () => {
    const pages = [
      // Space-separated lists (class, rel, headers), repeated and odd whitespace.
      '<p class=" a  b\tc " rel="nofollow noopener" id=x>t</p><td headers="h1 h2"></td>',
      // Numbers, booleans, overloaded booleans, comma-separated lists.
      '<table><tr><td colspan="2" rowspan="x">c</td></tr></table><input maxlength="3" checked disabled="" hidden="hidden"><a download>d</a><area coords="1, 2,3">',
      '<img srcset="a.png 1x, b.png 2x" sizes="100vw" width="10" height="">',
      '<input accept="image/png, image/jpeg"><meta content="a, b"><ol start="3" reversed>',
      // Class lists split by a character loop: form feeds, carriage returns, no-break
      // spaces (trimmed at the ends, kept inside a token), empty and blank lists.
      '<p class="\f\r\na\rb\f\u00a0c\u00a0d \u00a0">x</p><p class="">y</p><p class=" \t ">z</p><p class=one>w</p>',
      // A name an object already holds, an attribute seen on an earlier page, SVG's own schema.
      '<p constructor="x" toString="y" class="k">v</p><svg viewBox="0 0 1 1" class="s t"><path d="M0"/></svg>',
    ]
    for (const html of pages) {
      const tree = parse(html, { scriptingEnabled: false })
      const expected = fromParse5(parse(html, { scriptingEnabled: false }))
      expect(toHast(tree, 200)).toEqual(expected)
      // Again: the attribute lookups now come from the cache.
      expect(toHast(parse(html, { scriptingEnabled: false }), 200)).toEqual(expected)
    }
  })

  it('gives the same values once its cache of attribute names has started again', () => {
    // More distinct names than the cache keeps, then names met before the cache was cleared.
    const many = Array.from({ length: 5000 }, (_, i) => `data-n${i}="${i}"`).join(' ')
    for (const html of [
      `<p ${many} class="a b">x</p>`,
      '<p class="a b" data-n1="1" hidden>y</p>',
    ]) {
      const expected = fromParse5(parse(html, { scriptingEnabled: false }))
      expect(toHast(parse(html, { scriptingEnabled: false }), 200)).toEqual(expected)
    }
  })
})
