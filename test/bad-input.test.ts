/**
 * Hostile and degenerate inputs: each must give an article object without
 * throwing, with the text it should have. Large cases get a generous hard
 * timeout so that a hang fails the test; nothing here measures speed (that
 * belongs to benchmarks).
 */
import { describe, expect, it } from 'vitest'
import { clean, P, P2 } from './bad-input-pages.js'
import { wordsIn } from './helpers.js'

/** A small, seeded PRNG (mulberry32), so that garbage is the same on every run. */
function mulberry32(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function garbage(seed: number, length: number): Uint8Array {
  const random = mulberry32(seed)
  const bytes = new Uint8Array(length)
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256)
  return bytes
}

/** Whether the text holds a C0 control other than tab and line breaks, or DEL. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return true
  }
  return false
}

describe('empty and blank input', () => {
  it.each([
    ['an empty string', ''],
    ['spaces', '     '],
    ['whitespace of every kind', ' \t\n\r\n\f\v\u00a0\u2003\u3000\n\n'],
    ['only line breaks', '\n'.repeat(10_000)],
    ['a lone BOM', '\ufeff'],
    ['a BOM and whitespace', '\ufeff  \n\t\n'],
  ])('%s gives an empty article', (_, input) => {
    const article = clean(input)
    expect(article.text).toBe('')
    expect(article.wordCount).toBe(0)
    expect(article.blocks).toEqual([])
    expect(article.title).toBeNull()
  })

  it.each([
    ['no bytes', new Uint8Array(0)],
    ['an empty ArrayBuffer', new ArrayBuffer(0)],
    ['a UTF-8 BOM', Uint8Array.of(0xef, 0xbb, 0xbf)],
    ['a UTF-16LE BOM', Uint8Array.of(0xff, 0xfe)],
    ['a UTF-16BE BOM', Uint8Array.of(0xfe, 0xff)],
    ['a UTF-8 BOM and spaces', Uint8Array.of(0xef, 0xbb, 0xbf, 0x20, 0x0a, 0x20)],
  ])('%s as bytes gives an empty article', (_, input) => {
    const article = clean(input)
    expect(article.text).toBe('')
    expect(article.wordCount).toBe(0)
  })

  it.each(['html', 'text'] as const)(
    'blank input forced to %s gives an empty article',
    (format) => {
      expect(clean('', { format }).text).toBe('')
      expect(clean('  \n ', { format }).text).toBe('')
      expect(clean('\ufeff', { format }).text).toBe('')
    },
  )
})

describe('binary and control characters', () => {
  it.each([1, 2, 42, 20240229])(
    '64 KB of seeded binary garbage (seed %i) has no article text',
    (seed) => {
      const bytes = garbage(seed, 64 * 1024)
      const article = clean(bytes)
      expect(article.text).toBe('')
      expect(article.wordCount).toBe(0)
      expect(clean(bytes.buffer as ArrayBuffer)).toEqual(article)
    },
  )

  it.each(['html', 'text'] as const)('binary garbage forced to %s does not throw', (format) => {
    const article = clean(garbage(7, 64 * 1024), { format })
    expect(article.format).toBe(format)
    expect(hasControl(article.text)).toBe(false)
  })

  it('binary garbage decoded as Latin-1 into a string does not throw', () => {
    const text = String.fromCharCode(...garbage(99, 16 * 1024))
    const article = clean(text)
    expect(hasControl(article.text)).toBe(false)
  })

  it.each([
    ['4 NUL characters', '\u0000'.repeat(4)],
    ['1,000 NUL characters', '\u0000'.repeat(1000)],
    ['NULs between line breaks', '\u0000\n\u0000\u0000\n\n\u0000'],
  ])('%s give an empty article', (_, input) => {
    const article = clean(input)
    expect(article.text).toBe('')
    expect(article.wordCount).toBe(0)
  })

  it('4 KB of NUL bytes give an empty article', () => {
    const article = clean(new Uint8Array(4096))
    expect(article.text).not.toContain('\u0000')
    expect(article.text).toBe('')
  })

  it.each(['text', 'html'] as const)(
    'NULs inside %s prose are dropped, the words kept',
    (format) => {
      const dirty = `${P.replace('council', 'coun\u0000cil').replace('voted', 'voted\u0000')}\n\n${P2}\n`
      const input =
        format === 'html'
          ? `<html><body><p>${dirty.replace('\n\n', '</p><p>')}</p></body></html>`
          : dirty
      const article = clean(input)
      expect(article.format).toBe(format)
      expect(article.text).not.toContain('\u0000')
      expect(article.text).toContain('Tuesday night to approve a new budget')
      expect(article.text).toContain(P2)
    },
  )
})

describe('pages without an article', () => {
  it('a login form page has no article text', () => {
    const article = clean(
      '<html><body><form><input name=user><input type=password><button>Log in</button></form></body></html>',
    )
    expect(article.format).toBe('html')
    // '' ideally; at most the button's label.
    expect(article.wordCount).toBeLessThanOrEqual(2)
    expect(article.text).not.toMatch(/password|user/i)
  })

  it('a page of only navigation has no article text', () => {
    const article = clean(`<!doctype html><html><body>
<header><a href="/">Home</a></header>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav>
<div class="menu"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/jobs">Jobs</a></li></ul></div>
<div><a href="/a">Politics</a> | <a href="/b">Business</a> | <a href="/c">Opinion</a></div>
<footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>`)
    expect(article.text).toBe('')
    expect(article.wordCount).toBe(0)
  })

  it.each([
    ['an inline script', `<script>document.write("${P}")</script>`],
    ['a multi-line script', `<script>\nvar message = "${P}";\ndocument.write(message);\n</script>`],
    [
      'a script in a document',
      `<html><head><script>var message = "${P}";</script></head><body></body></html>`,
    ],
    ['a JSON script', `<script type="application/json">{"body": "${P}"}</script>`],
  ])('a page that is only %s has no article text', (_, input) => {
    const article = clean(input)
    expect(article.text).toBe('')
    expect(article.wordCount).toBe(0)
  })

  it('a page that is only a script, forced to html, has no article text', () => {
    const article = clean(`<script>document.write("${P}")</script>`, { format: 'html' })
    expect(article.text).toBe('')
  })
})

describe('malformed markup', () => {
  it('unclosed tags keep every paragraph', () => {
    const article = clean(
      `<html><body><div class="content"><h1>Budget approved</h1><p>${P}<p><b>Bold start. ${P2}<div><p><i>${P}<ul><li>One item<li>Two item</ul><p>Last one, ${P2}`,
    )
    expect(article.format).toBe('html')
    expect(article.title).toBe('Budget approved')
    expect(article.text).toContain(P)
    expect(article.text).toContain(`Bold start. ${P2}`)
    expect(article.text).toContain(`Last one, ${P2}`)
  })

  it('stray closing tags, broken attributes and an unterminated comment do not throw', () => {
    const article = clean(
      `<html><body></div></span><p class="a" b=c =d "e">${P}</p></td></table></li><p>${P2}</p><p id=>x</p></p></p><!-- never closed <p>never shown</p>`,
    )
    expect(article.format).toBe('html')
    expect(article.text).toContain(P)
    expect(article.text).toContain(P2)
    expect(article.text).not.toContain('never shown')
  })

  it('an unterminated tag at the end of the input does not throw', () => {
    const article = clean(`<html><body><p>${P}</p><p>${P2}</p><div class="`)
    expect(article.text).toContain(P)
    expect(article.text).toContain(P2)
  })
})

describe('unusual Unicode', () => {
  const WITH = `${P.replace('council', 'coun\ud800cil').replace('budget', 'bud\udc00get')}\n\n${P2.replace('seniors', '\udfff\ud83dseniors')}\n`

  it.each(['text', 'html'] as const)(
    'lone surrogates do not throw and cost no words (%s)',
    (format) => {
      const input =
        format === 'html'
          ? `<html><body><p>${WITH.replace('\n\n', '</p><p>')}</p></body></html>`
          : WITH
      const plain = `${P}\n\n${P2}`
      const article = clean(input)
      expect(article.format).toBe(format)
      expect(article.text.replace(/[\ud800-\udfff]/g, '')).toBe(plain)
      expect(() => JSON.stringify(article)).not.toThrow()
    },
  )

  const BIDI = [
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200e',
    '\u200f',
    '\u061c',
  ]

  it.each(['text', 'html'] as const)(
    'bidi control characters do not throw and cost no words (%s)',
    (format) => {
      let dirty = P
      BIDI.forEach((c, i) => {
        const at = Math.floor(((i + 1) * dirty.length) / (BIDI.length + 1))
        const space = dirty.indexOf(' ', at)
        dirty = `${dirty.slice(0, space + 1)}${c}${dirty.slice(space + 1)}`
      })
      const body = `${dirty}\n\n\u202e${P2}\u202c\n`
      const input =
        format === 'html'
          ? `<html><body><p>${body.replace('\n\n', '</p><p>')}</p></body></html>`
          : body
      const article = clean(input)
      expect(article.format).toBe(format)
      const stripped = article.text.replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, '')
      expect(stripped).toBe(`${P}\n\n${P2}`)
      expect(article.wordCount).toBe(wordsIn(`${P}\n\n${P2}`))
    },
  )

  it('a page of only bidi controls and zero-width characters has no article text', () => {
    const article = clean('\u202e\u2066\u200b\u200c\u200d\u2069\u202c\ufeff\n\u200f\u200e')
    expect(article.wordCount).toBe(0)
  })
})
