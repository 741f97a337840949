/**
 * Hostile sizes and shapes (deep nesting, huge inputs, long and many lines,
 * hostile attributes): each returns an article with its text. No timing:
 * a generous hard timeout only makes a hang fail.
 */
import { describe, expect, it } from 'vitest'
import type { CleanArticle } from '../src/index.js'
import { clean, HEAVY, P, P2 } from './bad-input-pages.js'
import { wordsIn } from './helpers.js'

describe('deep nesting', () => {
  it(
    '100,000 nested <div>s with a paragraph at the bottom keep the paragraph',
    () => {
      const html = `<html><body>${'<div>'.repeat(100_000)}<p>${P}</p>${'</div>'.repeat(100_000)}</body></html>`
      const article = clean(html)
      expect(article.format).toBe('html')
      expect(article.text).toBe(P)
      expect(article.wordCount).toBe(wordsIn(P))
    },
    HEAVY,
  )

  it(
    '100,000 unclosed <div>s with a paragraph at the bottom keep the paragraph',
    () => {
      const article = clean(`<html><body>${'<div>'.repeat(100_000)}<p>${P}`)
      expect(article.text).toBe(P)
    },
    HEAVY,
  )

  it(
    '100,000 nested <span>/<b> keep their text',
    () => {
      const html = `<html><body><p>${P}</p>${'<span><b>'.repeat(50_000)}${P2}${'</b></span>'.repeat(50_000)}</body></html>`
      const article = clean(html)
      expect(article.text).toContain(P)
      expect(article.text).toContain(P2)
    },
    HEAVY,
  )

  it(
    '100,000 nested <span>s inside a paragraph keep its words',
    () => {
      const html = `<html><body><p>${P}</p><p>${'<span>'.repeat(100_000)}${P2}${'</span>'.repeat(100_000)}</p></body></html>`
      const article = clean(html)
      expect(article.text).toBe(`${P}\n\n${P2}`)
    },
    HEAVY,
  )

  it(
    '100,000 nested <blockquote>s and <li>s do not overflow the stack',
    () => {
      const quotes = `<html><body>${'<blockquote>'.repeat(100_000)}${P}</body></html>`
      expect(clean(quotes).text.replace(/\s+/g, ' ')).toContain(P)
      const lists = `<html><body><p>${P}</p>${'<ul><li>'.repeat(50_000)}${P2}</body></html>`
      expect(clean(lists).text).toContain(P)
    },
    HEAVY,
  )
})

describe('huge inputs', () => {
  it(
    'a 20 MB HTML page of paragraphs returns every paragraph',
    () => {
      const head =
        '<!doctype html><html><head><title>Budget approved</title></head><body><article><h1>Budget approved</h1>\n'
      const paragraph = `<p>${P}</p>\n`
      const count = Math.ceil((20 * 1024 * 1024 - head.length) / paragraph.length)
      const html = `${head}${paragraph.repeat(count)}</article></body></html>`
      expect(html.length).toBeGreaterThanOrEqual(20 * 1024 * 1024)
      const article = clean(html)
      expect(article.format).toBe('html')
      expect(article.title).toBe('Budget approved')
      const paragraphs = article.text.split('\n\n')
      expect(paragraphs.length).toBe(count)
      expect(paragraphs.every((p) => p === P)).toBe(true)
      expect(article.wordCount).toBe(count * wordsIn(P))
    },
    HEAVY,
  )

  it(
    'a 20 MB HTML page made of a realistic article repeated returns',
    () => {
      const article1 = `<div class="post"><h2>Council approves budget</h2><p class="byline">By Jane Smith</p><p>${P}</p><figure><img src="/a.jpg"><figcaption>The council chamber. Photo: Jane Doe</figcaption></figure><p>${P2}</p><ul><li><a href="/x">Related story one</a></li><li><a href="/y">Related story two</a></li></ul><div class="share"><a href="#">Share</a> <a href="#">Tweet</a></div></div>\n`
      const count = Math.ceil((20 * 1024 * 1024) / article1.length)
      const html = `<!doctype html><html><head><title>Archive</title></head><body><main>${article1.repeat(count)}</main></body></html>`
      const article = clean(html)
      expect(article.text).toContain(P)
      expect(article.text).toContain(P2)
    },
    HEAVY,
  )

  it(
    'a 20 MB plain text of one paragraph repeated keeps it once and lists every copy',
    () => {
      const head = 'Council Approves Budget After Long Debate\n\n'
      const paragraph = `${P}\n\n`
      const count = Math.ceil((20 * 1024 * 1024 - head.length) / paragraph.length)
      const text = `${head}${paragraph.repeat(count)}`
      const article = clean(text)
      expect(article.format).toBe('text')
      expect(article.title).toBe('Council Approves Budget After Long Debate')
      // The first copy is the body; every later copy is in the ledger as a duplicate.
      const paragraphs = article.text.split('\n\n')
      const duplicates = article.removed.filter((r) => r.rule === 'duplicate-block')
      expect(paragraphs).toEqual([P])
      expect(duplicates.length).toBe(count - 1)
      expect(duplicates.every((r) => r.text === P)).toBe(true)
    },
    HEAVY,
  )

  it(
    'a 20 MB plain text without blank lines (one line per sentence) returns',
    () => {
      const text = `${P}\n`.repeat(Math.ceil((20 * 1024 * 1024) / (P.length + 1)))
      const article = clean(text)
      expect(article.text).toContain(P)
    },
    HEAVY,
  )
})

describe('long lines and many lines', () => {
  const LINE = 'x'.repeat(2 * 1024 * 1024)

  /** Every piece of the input ends up in text, in the ledger, or as the title. */
  function accountedFor(article: CleanArticle, piece: string): boolean {
    return (
      article.text.split('\n\n').includes(piece) ||
      article.removed.some((r) => r.text === piece) ||
      article.title === piece
    )
  }

  it(
    'a 2 MB line without spaces, as text, is kept or accounted for in the ledger',
    () => {
      const article = clean(LINE)
      expect(article.format).toBe('text')
      expect(accountedFor(article, LINE)).toBe(true)
      expect(article.wordCount).toBe(wordsIn(article.text))
    },
    HEAVY,
  )

  it(
    'a 2 MB line without spaces, forced to html, is kept or accounted for',
    () => {
      const article = clean(LINE, { format: 'html' })
      expect(article.format).toBe('html')
      expect(accountedFor(article, LINE)).toBe(true)
    },
    HEAVY,
  )

  it(
    'a 2 MB word in an HTML page does not cost the article its paragraphs',
    () => {
      const article = clean(
        `<html><body><article><p>${P}</p><p>${LINE}</p><p>${P2}</p></article></body></html>`,
      )
      expect(article.text).toContain(P)
      expect(article.text).toContain(P2)
      expect(accountedFor(article, LINE)).toBe(true)
    },
    HEAVY,
  )

  it(
    'a 2 MB HTML document on a single line, without whitespace in the markup, returns',
    () => {
      const html = `<html><body><article>${`<p>${P}</p>`.repeat(Math.ceil((2 * 1024 * 1024) / (P.length + 7)))}</article></body></html>`
      expect(html).not.toContain('\n')
      const article = clean(html)
      expect(article.text.split('\n\n').every((p) => p === P)).toBe(true)
    },
    HEAVY,
  )

  it(
    '200,000 short lines are each kept or accounted for',
    () => {
      const lines = Array.from({ length: 200_000 }, (_, i) => `line ${i}`)
      const article = clean(lines.join('\n'))
      expect(article.format).toBe('text')
      const kept = new Set(article.text === '' ? [] : article.text.split('\n\n'))
      const removed = new Set(article.removed.map((r) => r.text))
      const missing = lines.filter((l) => !kept.has(l) && !removed.has(l) && l !== article.title)
      expect(missing.slice(0, 5)).toEqual([])
      expect(kept.size + article.removed.length + (article.title === null ? 0 : 1)).toBe(
        lines.length,
      )
    },
    HEAVY,
  )

  it(
    '200,000 short lines with an article in the middle keep the article',
    () => {
      const lines = Array.from({ length: 200_000 }, (_, i) => `item ${i}`)
      lines.splice(100_000, 0, '', P, '', P2, '')
      const article = clean(lines.join('\n'))
      expect(article.text).toContain(P)
      expect(article.text).toContain(P2)
    },
    HEAVY,
  )
})

describe('hostile attributes', () => {
  it(
    'one element with 50,000 attributes',
    () => {
      const attributes = Array.from({ length: 50_000 }, (_, i) => `data-a${i}="v${i}"`).join(' ')
      const article = clean(
        `<html><body><div ${attributes}><p>${P}</p><p>${P2}</p></div></body></html>`,
      )
      expect(article.text).toBe(`${P}\n\n${P2}`)
    },
    HEAVY,
  )

  it(
    'one paragraph with 50,000 attributes',
    () => {
      const attributes = Array.from({ length: 50_000 }, (_, i) => `a${i}`).join(' ')
      const article = clean(`<html><body><p ${attributes}>${P}</p><p>${P2}</p></body></html>`)
      expect(article.text).toBe(`${P}\n\n${P2}`)
    },
    HEAVY,
  )

  it(
    'a class attribute of 1 MB',
    () => {
      const classes = 'entry-content_x '.repeat(Math.ceil((1024 * 1024) / 16))
      const article = clean(
        `<html><body><div class="${classes}"><p>${P}</p><p>${P2}</p></div></body></html>`,
      )
      expect(article.text).toBe(`${P}\n\n${P2}`)
    },
    HEAVY,
  )

  it(
    'a single class token of 1 MB and an id of 1 MB',
    () => {
      const token = 'a'.repeat(1024 * 1024)
      const article = clean(
        `<html><body><div class="${token}" id="${token}"><p>${P}</p><p>${P2}</p></div></body></html>`,
      )
      expect(article.text).toBe(`${P}\n\n${P2}`)
    },
    HEAVY,
  )
})
