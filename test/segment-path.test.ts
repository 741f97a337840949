/** Segmentation's tag paths: each block's from the scope down, built only where blocks are emitted. */
import type { Element } from 'hast'
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../src/html/parse.js'
import { segmentHtml } from '../src/html/segment.js'
import { computeStats } from '../src/html/stats.js'

function blocksOf(html: string) {
  const root = parseHtml(html)
  const htmlEl = root.children.find((c) => c.type === 'element') as Element
  const body = htmlEl.children.find((c) => c.type === 'element' && c.tagName === 'body') as Element
  return segmentHtml(body, [body], 'en', computeStats(root)).blocks
}

describe('segment paths', () => {
  it('gives each block the tags from the scope down to its element', () => {
    const blocks = blocksOf(
      '<body><article><section><div><p>One two three.</p>Loose text<h2>Head</h2></div></section><ul><li>Item</li></ul></article><p>Last.</p></body>',
    )
    expect(blocks.map((b) => [b.text, b.source.kind === 'html' ? b.source.path : null])).toEqual([
      ['One two three.', ['body', 'article', 'section', 'div', 'p']],
      ['Loose text', ['body', 'article', 'section', 'div']],
      ['Head', ['body', 'article', 'section', 'div', 'h2']],
      ['Item', ['body', 'article', 'ul']],
      ['Last.', ['body', 'p']],
    ])
  })

  it('gives a block directly in the scope the scope’s tag alone', () => {
    const blocks = blocksOf('<body>Just text</body>')
    expect(blocks.map((b) => (b.source.kind === 'html' ? b.source.path : null))).toEqual([['body']])
  })
})

describe('segment freezing', () => {
  it('gives blocks frozen through and through: the list, each block, its source, path, hints and items', () => {
    const blocks = blocksOf(
      '<body><div class="story-body"><p>One two three.</p><ul class="facts"><li>First</li><li>Second</li></ul></div><p>Last.</p></body>',
    )
    expect(Object.isFrozen(blocks)).toBe(true)
    expect(blocks.some((b) => b.items !== undefined)).toBe(true)
    expect(blocks.some((b) => b.source.kind === 'html' && b.source.hints.length > 0)).toBe(true)
    for (const block of blocks) {
      expect(Object.isFrozen(block)).toBe(true)
      expect(Object.isFrozen(block.source)).toBe(true)
      if (block.items) expect(Object.isFrozen(block.items)).toBe(true)
      if (block.source.kind !== 'html') continue
      expect(Object.isFrozen(block.source.path)).toBe(true)
      expect(Object.isFrozen(block.source.hints)).toBe(true)
    }
  })
})
