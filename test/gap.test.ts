import type { RootContent } from 'hast'
import { describe, expect, it } from 'vitest'
import { joinsWords, without } from '../src/html/gap.js'
import { rawText } from '../src/html/hast.js'
import { parseHtml } from '../src/html/parse.js'
import { prune } from '../src/html/prune.js'
import { cleanArticle } from '../src/index.js'

const text = (value: string): RootContent => ({ type: 'text', value })
const span = (...children: RootContent[]): RootContent => ({
  type: 'element',
  tagName: 'span',
  properties: {},
  children: children as never,
})

function pruned(body: string): string {
  const root = parseHtml(`<body>${body}</body>`)
  prune(root)
  return rawText(root)
}

describe('joinsWords', () => {
  it('is true between a letter or digit and another, read through nested elements', () => {
    expect(joinsWords(text('foo'), text('bar'))).toBe(true)
    expect(joinsWords(span(span(text('4'))), span(text('Stars')))).toBe(true)
    expect(joinsWords(text('é'), text('ß'))).toBe(true)
  })

  it('is false beside punctuation, spaces, nothing, or in scripts written without spaces', () => {
    expect(joinsWords(text('foo '), text('bar'))).toBe(false)
    expect(joinsWords(text('foo'), text('.'))).toBe(false)
    expect(joinsWords(undefined, text('bar'))).toBe(false)
    expect(joinsWords(text('foo'), span())).toBe(false)
    expect(joinsWords(text('中'), text('文'))).toBe(false)
    expect(joinsWords(text('テ'), text('ト'))).toBe(false)
  })
})

describe('without', () => {
  it('leaves a space where the node joined two words, and nothing elsewhere', () => {
    const gone = span(text('x'))
    expect(
      without([text('foo'), gone, text('bar')], gone).map((n) => 'value' in n && n.value),
    ).toEqual(['foo', ' ', 'bar'])
    expect(without([text('foo'), gone, text('.')], gone)).toHaveLength(2)
  })

  it('reads what stands around the parent when the node is at its edge', () => {
    const gone = span(text('x'))
    expect(without([gone, text('bar')], gone, text('foo'))).toHaveLength(2)
    expect(without([gone, text('bar')], gone)).toHaveLength(1)
  })
})

describe('prune leaves no words joined', () => {
  it('across removed chrome, hidden boxes, icons and controls', () => {
    expect(pruned('<div>foo<nav>x</nav>bar</div>')).toBe('foo bar')
    expect(pruned('<div>0<div hidden>x</div>The</div>')).toBe('0 The')
    expect(pruned('<p>Home<svg><path d="M0 0"/></svg>Products</p>')).toBe('Home Products')
    expect(pruned('<p>One<input type="checkbox">Two</p>')).toBe('One Two')
  })

  it('across a removed first or last child of an inline element', () => {
    expect(pruned('<div>0<b><div aria-hidden="true">x</div>The</b></div>')).toBe('0 The')
    expect(pruned('<div><i>Word<span hidden>x</span></i>Next</div>')).toBe('Word Next')
  })

  it('but not beside punctuation, in Chinese, or across a ruby reading', () => {
    expect(pruned('<p>Link<svg></svg>.</p>')).toBe('Link.')
    expect(pruned('<p>中<svg></svg>文</p>')).toBe('中文')
    expect(pruned('<p><ruby>漢<rt>kan</rt>字<rt>ji</rt></ruby></p>')).toBe('漢字')
  })

  it('in the article text', () => {
    const article = cleanArticle(
      '<article><h1>A headline</h1><p>The council met on Monday<span hidden>(updated)</span>and voted to approve the budget for next year.</p></article>',
    )
    expect(article.text).toContain('Monday and voted')
  })
})
