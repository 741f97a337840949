/** The conversion to hast makes the nodes hast-util-from-parse5 makes. */
import { fromParse5 } from 'hast-util-from-parse5'
import { parse } from 'parse5'
import { describe, expect, it } from 'vitest'
import { toHast } from '../src/html/to-hast.js'

describe('toHast', () => {
  it('gives attributes the values hast-util-from-parse5 gives them', () => {
    const pages = [
      // Space-separated lists (class, rel, headers), repeated and odd whitespace.
      '<p class=" a  b\tc " rel="nofollow noopener" id=x>t</p><td headers="h1 h2"></td>',
      // Numbers, booleans, overloaded booleans, comma-separated lists.
      '<table><tr><td colspan="2" rowspan="x">c</td></tr></table><input maxlength="3" checked disabled="" hidden="hidden"><a download>d</a><area coords="1, 2,3">',
      '<img srcset="a.png 1x, b.png 2x" sizes="100vw" width="10" height="">',
      '<input accept="image/png, image/jpeg"><meta content="a, b"><ol start="3" reversed>',
    ]
    for (const html of pages) {
      const tree = parse(html, { scriptingEnabled: false })
      expect(toHast(tree, 200)).toEqual(fromParse5(parse(html, { scriptingEnabled: false })))
    }
  })
})
