/**
 * parse5's parser building hast through our tree adapter
 * (src/html/hast-adapter.ts, with the depth cap of src/html/cap-depth.ts)
 * makes the tree the parse stage made from parse5's default tree
 * (test/hast-reference.ts): on the cases where parse5 moves nodes, merges
 * text or attributes, or leaves HTML.
 */
import type { Element, Root, RootContent } from 'hast'
import { describe, expect, it } from 'vitest'
import { MAX_DEPTH, parseHtml } from '../src/html/parse.js'
import { hastDifference, referenceHast } from './hast-reference.js'

function same(html: string): Root {
  const ours = parseHtml(html)
  const reference = referenceHast(html)
  expect(hastDifference(ours, reference), html.slice(0, 80)).toBeNull()
  expect(ours).toStrictEqual(reference)
  return ours
}

/** The elements of a tree, template contents included. */
function elements(root: Root): Element[] {
  const out: Element[] = []
  const stack: (Root | RootContent)[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as Root | RootContent
    if (node.type === 'element') {
      out.push(node)
      if (node.content) stack.push(node.content)
    }
    if ('children' in node) stack.push(...node.children)
  }
  return out
}

function depth(root: Root): number {
  let deepest = 0
  const stack: [Root | RootContent, number][] = [[root, 0]]
  while (stack.length > 0) {
    const [node, at] = stack.pop() as [Root | RootContent, number]
    deepest = Math.max(deepest, at)
    if ('children' in node) for (const child of node.children) stack.push([child, at + 1])
  }
  return deepest
}

const body = (root: Root) => elements(root).find((element) => element.tagName === 'body')

describe('the hast tree adapter', () => {
  it('follows the adoption agency through misnested formatting', () => {
    for (const html of [
      '<b>1<p>2</b>3</p>',
      '<a href=x>1<div>2<a href=y>3</div>4',
      '<p><b><i>x<div>y</b>z</i></p>',
      '<b><b><b><b><b><div>x</b>y</div>z',
      '<b class=k>a<div>t1<!--c-->t2<i>x</i>t3</b>tail',
      '<i><u><s><div><p>deep</i>after</p></div>',
      '<a><table><a>x</table>y',
      '<b><table><td><i>1</b>2</table>3',
    ])
      same(html)
    // Written out: the div leaves the b, which is made again inside it.
    const tree = same('<b>1<div>2</b>3</div>')
    const b = body(tree)
    expect(b?.children.map((node) => (node as Element).tagName)).toEqual(['b', 'div'])
  })

  it('foster-parents text and elements out of tables, merging text', () => {
    for (const html of [
      '<table>hello<tr><td>x</td></tr>world</table>',
      '<table><tr>foo<td>x</table>',
      '<div><table><b>bold</b><tr><td>1</table></div>',
      'a<table>b<tr>c</tr>d</table>e',
      '<table><tr><td><table>in<tr><td>x</table></td></tr></table>',
      '<table><caption>c</caption><colgroup><col></colgroup><tbody>t<tr><th>h</table>',
      '<table><form><input type=hidden name=a><input type=text name=b></form></table>',
    ])
      same(html)
    const tree = same('a<table>b</table>')
    expect(body(tree)?.children[0]).toEqual({ type: 'text', value: 'ab' })
  })

  it('builds template contents', () => {
    for (const html of [
      '<template><p>x</template>',
      '<template><template><b>1</template>2</template>',
      '<table><template><tr><td>x</template></table>',
      '<template><table>t<tr><td>x</table></template>',
      '<template><b>1<p>2</b>3</template>',
      '<head><template><meta charset=x></template></head>',
    ])
      same(html)
  })

  it('keeps SVG and MathML apart from HTML', () => {
    for (const html of [
      '<svg viewBox="0 0 1 1" class="a b"><foreignObject><p>x</p></foreignObject><path d=M0 /></svg>',
      '<math><annotation-xml encoding="text/html"><div>x</div></annotation-xml><mi>y</mi></math>',
      '<math><annotation-xml encoding="other"><div>x</div></annotation-xml></math>',
      '<math><annotation-xml encoding="TEXT/HTML"><svg><desc><b>z</b></desc></svg></annotation-xml></math>',
      '<svg><font color=red>x</font></svg><svg><font>y</font></svg>',
      '<svg><a xlink:href="#x" xml:lang=en>y</a><lineargradient/></svg>',
      '<p><svg><p>out</svg>',
      '<svg><title>t</title><desc><b>d</b></desc></svg></p>',
    ])
      same(html)
  })

  it('flattens nesting past MAX_DEPTH, templates included', () => {
    const deep = same(`${'<div>'.repeat(MAX_DEPTH + 50)}x<p>y</p>`)
    expect(depth(deep)).toBeLessThanOrEqual(MAX_DEPTH + 1)
    same(`${'<div>'.repeat(MAX_DEPTH - 3)}<span><b><i>x</i></b></span>`)
    same(`${'<div>'.repeat(MAX_DEPTH + 5)}<template><p>t</p></template>z`)
    same(`${'<template>'.repeat(MAX_DEPTH + 5)}x`)
    // Made deep by the adoption agency rather than by the stack.
    same(`${'<b><div>'.repeat(MAX_DEPTH)}x${'</b>'.repeat(MAX_DEPTH)}`)
    same(`${'<a><p>'.repeat(MAX_DEPTH)}x`)
    // Deeper than MAX_DEPTH through moved nodes while the open-element stack stays below it.
    const moved = same('<a><table><i><a><td><a>x'.repeat(40))
    expect(depth(moved)).toBeLessThanOrEqual(MAX_DEPTH + 1)
  })

  it("merges a second <html> or <body> tag's attributes", () => {
    const tree = same('<html lang=en><body class=a><html class=h lang=fr><body id=b class=c>x')
    const html = elements(tree).find((element) => element.tagName === 'html')
    expect(html?.properties).toEqual({ lang: 'en', className: ['h'] })
    expect(body(tree)?.properties).toEqual({ className: ['a'], id: 'b' })
    same('<p>x<body class="byline author">y<html title="t">')
    same('<html><head></head><body><body data-x=1><body data-x=2 data-y=3>')
  })

  it('reads noscript as markup, and the rest of the page as parse5 does', () => {
    for (const html of [
      '<head><noscript><link rel=x><p>x</noscript></head><body><noscript><p>hi</p></noscript>',
      '<!doctype html><body>  <frameset><frame></frameset>',
      'no doctype: quirks',
      '<!doctype html><!doctype other><p>x',
      '<!--before--><html><head></head><body>x</body></html><!--after-->',
      '<aÄ>x</aÄ>y<İ>z</İ>',
      '<p>a&amp;b<!---->c&lt;d</p><pre>\nkept</pre>',
      '<select><option>1<option>2</select><textarea>t</textarea>',
      // A NUL: parse5 alone reads the page, whole or (with a script) in chunks.
      '<p>a\0b</p><b>1<p>2</b>',
      '<p>a\0b</p><script>x</script><b>1<p>2</b><table>t<tr><td>c</table>',
    ])
      same(html)
  })
})
