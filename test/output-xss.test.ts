/**
 * The `html` output is safe to insert: every hostile vector, embedded in a
 * paragraph of an article that is kept, comes out without anything that
 * runs, loads or restyles (checked by parsing the output again).
 */
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { unsafeParts } from './unsafe-html.js'
import { MARKER, xssPage as page } from './xss-page.js'
import { XSS_VECTORS } from './xss-vectors.js'

describe('unsafeParts (the checker)', () => {
  it('finds what is unsafe', () => {
    expect(unsafeParts('<img src=x onerror=alert(1)>')).toEqual(['onerror on <img>'])
    expect(unsafeParts('<a href="&#106;ava&#x09;script:alert(1)">x</a>')).toHaveLength(1)
    expect(unsafeParts('<a href="data:text/html,x">x</a><script></script>')).toHaveLength(2)
    expect(unsafeParts('<img srcset="javascript:x 1x">')).toHaveLength(1)
    expect(
      unsafeParts('<p><a href="https://x.example/">ok</a><img src="data:image/png,x"></p>'),
    ).toEqual([])
  })

  it('flags most vectors as they are', () => {
    const flagged = XSS_VECTORS.filter((vector) => unsafeParts(vector.html).length > 0)
    expect(flagged.length).toBeGreaterThanOrEqual(80)
  })
})

describe('the html output has no XSS vector', () => {
  it('has at least 60 vectors', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(60)
    expect(new Set(XSS_VECTORS.map((v) => v.name)).size).toBe(XSS_VECTORS.length)
  })

  for (const vector of XSS_VECTORS) {
    it(vector.name, () => {
      const article = cleanArticle(page(vector.html), { url: 'https://news.example/bridge' })
      // The vector's paragraph is in the article, or the test would prove nothing.
      expect(article.html).toContain(MARKER)
      expect(unsafeParts(article.html)).toEqual([])
      // Markdown escapes `<`: no raw HTML, no scripting URL.
      expect(article.markdown).not.toMatch(/javascript:|vbscript:|data:text|<[a-z]/i)
    })
  }

  it('drops id and name (DOM clobbering) and keeps safe links', () => {
    const article = cleanArticle(
      page(XSS_VECTORS.find((v) => v.name === 'id clobbering')?.html ?? ''),
    )
    expect(article.html).toContain('<a href="https://example.com/">clobber</a>')
    expect(article.html).not.toMatch(/\sid=|\sname=/)
  })
})
