/**
 * A list block's text is read from its items' texts when the list holds
 * nothing but items (issue 7, speed); it must keep the lines the whole
 * list's `hast-util-to-text` gives, whatever white space, comments, hidden
 * or empty items and nested blocks the list holds.
 */
import type { Element, Root } from 'hast'
import { fromParse5 } from 'hast-util-from-parse5'
import { toText } from 'hast-util-to-text'
import { parseFragment } from 'parse5'
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const PROSE =
  'Walnut desks are built from solid timber in a small workshop by the river, and every joint is cut by hand before the oil goes on. '

/** The reference: the whole list read by `toText`, each line collapsed, empty lines dropped. */
function reference(list: string): string {
  const node = (fromParse5(parseFragment(list)) as Root).children[0] as Element
  return toText(node)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n')
}

function listText(list: string): string | undefined {
  const html = `<html><body><article><h1>Desk notes</h1><p>${PROSE.repeat(3)}</p>${list}<p>${PROSE.repeat(2)}</p></article></body></html>`
  return cleanArticle(html, { format: 'html' }).blocks.find((b) => b.type === 'list')?.text
}

const LISTS = [
  '<ul><li>Oak legs</li><li>Walnut top</li></ul>',
  '<ul>\n  <li>Oak legs</li>\n  <li>Walnut top</li>\n</ul>',
  '<ul> <li> Oak <b>legs</b> </li> <li>Walnut top</li> </ul>',
  '<ol><li>Oak legs</li><!-- note --><li></li><li hidden>Hidden shelf</li><li>Walnut top</li></ol>',
  '<ul><li>Oak legs<ul><li>Nested leg</li></ul></li><li><span><p>Walnut</p> top</span></li></ul>',
  '<ul><li>Oak legs<br>and feet</li>\t<li>\u00a0</li><li>Walnut top</li></ul>',
  '<dl><dt>Legs</dt> <dd>Oak</dd><dt>Top</dt><dd>Walnut</dd></dl>',
  '<ul>Loose text<li>Oak legs</li><li>Walnut top</li></ul>',
  '<ul><li>Oak legs</li><div>Walnut top</div></ul>',
]

describe('list block text', () => {
  it.each(LISTS)('keeps the lines of the whole list: %s', (list) => {
    expect(listText(list)).toBe(reference(list))
  })
})
