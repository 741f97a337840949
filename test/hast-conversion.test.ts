/**
 * Our conversions to hast (src/html/to-hast.ts from parse5's tree,
 * src/html/from-dom.ts from a DOM) make the nodes the unified utilities
 * make (hast-util-from-parse5, hast-util-from-dom, both dev dependencies
 * here only), on the HTML fixtures and on a page of the cases hastscript
 * handles specially: SVG and MathML, templates, prefixed, index-like,
 * boolean, numeric and token-list attributes.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from 'hast'
import { fromDom as theirFromDom } from 'hast-util-from-dom'
import { fromParse5 } from 'hast-util-from-parse5'
import { JSDOM } from 'jsdom'
import { parse } from 'parse5'
import { describe, expect, it } from 'vitest'
import { fromDom } from '../src/html/from-dom.js'
import { toHast } from './to-hast.js'

const SPECIAL = `<!doctype html><html lang="en"><head><title>T</title>
<meta charset="utf-8"><link rel="stylesheet alternate" href="/a.css"></head>
<body class="a  b" data-x="1">
<p id="p1" hidden tabindex="2" contenteditable="true">Text <b>bold</b> &amp; more<!-- a comment --></p>
<input type="checkbox" checked disabled value="5" accept="image/png, image/jpeg">
<img srcset="a.png 1x, b.png 2x" sizes="100vw" width="300" height="abc" alt="">
<div 0="zero" 10="ten" b="x" 2="two" aria-hidden="true" itemscope itemprop="a b">index-like names</div>
<svg viewBox="0 0 10 10" xmlns:xlink="http://www.w3.org/1999/xlink" class="icon big" stroke-width="2">
  <title>An icon</title>
  <foreignObject width="5"><p>inside</p></foreignObject>
  <linearGradient id="g" gradientUnits="userSpaceOnUse"><stop offset="0"/></linearGradient>
  <use xlink:href="#g" xml:lang="en"/>
  <path d="M0 0L10 10" fill="none"/>
</svg>
<math display="block"><mi>x</mi><annotation-xml encoding="text/html"><p>ann</p></annotation-xml></math>
<template id="t"><p>inert <i>content</i></p><template><b>nested</b></template></template>
<table><tr><td colspan="2" headers="h1 h2">cell</td></tr></table>
<ol reversed start="3"><li value="7">item</li></ol>
<a href="/x" rel="nofollow noopener" download>link</a>
</body></html>`

function pages(): Array<[string, string]> {
  const dir = join(import.meta.dirname, '..', 'fixtures')
  const found: Array<[string, string]> = [['special cases', SPECIAL]]
  for (const name of readdirSync(dir).sort()) {
    try {
      found.push([name, readFileSync(join(dir, name, 'input.html'), 'utf8')])
    } catch {
      // A plain-text fixture: no input.html.
    }
  }
  return found
}

/** A JSON copy without positions and `undefined` members. */
function plain(tree: unknown): unknown {
  return JSON.parse(JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value)))
}

describe.each(pages())('%s', (_, html) => {
  it('converts a parse5 tree as hast-util-from-parse5 does', () => {
    const document = parse(html, { scriptingEnabled: false })
    const ours = toHast(document, 200)
    const theirs = fromParse5(parse(html, { scriptingEnabled: false })) as Root
    expect(plain(ours)).toEqual(plain(theirs))
  })

  it('converts a DOM as hast-util-from-dom does', () => {
    const { document } = new JSDOM(html).window
    const ours = fromDom(document as unknown as Parameters<typeof fromDom>[0], 200)
    const theirs = theirFromDom(document as unknown as Parameters<typeof theirFromDom>[0])
    expect(plain(ours)).toEqual(plain(theirs))
    const body = document.body
    expect(plain(fromDom(body as unknown as Parameters<typeof fromDom>[0], 200))).toEqual(
      plain(theirFromDom(body as unknown as Parameters<typeof theirFromDom>[0])),
    )
  })
})

describe('fromDom', () => {
  it('throws a RangeError past the depth it is given, for the caller to read markup', () => {
    const { document } = new JSDOM(`<body>${'<div>'.repeat(30)}deep</body>`).window
    const node = document as unknown as Parameters<typeof fromDom>[0]
    expect(() => fromDom(node, 10)).toThrow(RangeError)
    expect(() => fromDom(node, 40)).not.toThrow()
  })
})
