/**
 * Hostile and degenerate inputs: each must give an article object without
 * throwing, with the text it should have. Large cases get a generous hard
 * timeout so that a hang fails the test; nothing here measures speed (that
 * belongs to benchmarks).
 */
import { describe, expect, it } from 'vitest'
import { type CleanArticle, type CleanOptions, cleanArticle } from '../src/index.js'
import { FIELDS, wordsIn } from './helpers.js'

/** Per-test timeout for the big inputs: a hang fails, a slow run does not. */
const HEAVY = 120_000

const P =
  'The city council voted on Tuesday night to approve a new budget for the coming year, ending weeks of debate over funding for parks, roads and public safety, and the mayor said that it was a fair plan for all of the residents.'
const P2 =
  'Opponents argued that the increase would be a burden for seniors on fixed incomes, while supporters said that the repairs could not wait any longer and that the roads were in a bad state.'

/** Clean, and check that the result is a whole, consistent article. */
function clean(input: string | Uint8Array | ArrayBuffer, options?: CleanOptions): CleanArticle {
  const article = cleanArticle(input, options)
  expect(article).toBeTypeOf('object')
  for (const field of FIELDS) expect(Object.hasOwn(article, field), field).toBe(true)
  expect(typeof article.text).toBe('string')
  expect(Number.isInteger(article.wordCount)).toBe(true)
  expect(article.wordCount).toBeGreaterThanOrEqual(0)
  return article
}

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
