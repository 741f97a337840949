/**
 * Odd characters: what is kept and what is stripped (docs/encodings.md).
 * The text must stay well-formed (no lone surrogates), hold no NUL, and keep
 * every word.
 */
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const P =
  'The city council voted on Tuesday night to approve a new budget for the coming year, ending weeks of debate over funding for parks, roads and public safety.'
const P2 =
  'Opponents argued that the increase would be a burden for seniors on fixed incomes, while supporters said that the repairs could not wait any longer.'

const html = (body: string): string => `<html><body><article>${body}</article></body></html>`
const isWellFormed = (text: string): boolean =>
  !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)

describe('whitespace of every kind collapses to one space', () => {
  it.each([
    ['U+00A0', '\u00a0'],
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
    ['U+FEFF', '\ufeff'],
    ['U+3000', '\u3000'],
    ['U+2003', '\u2003'],
    ['a tab', '\t'],
  ])('%s between words', (_, space) => {
    const dirty = P.replaceAll(' ', space)
    for (const input of [`${dirty}\n\n${P2}\n`, html(`<p>${dirty}</p><p>${P2}</p>`)]) {
      expect(cleanArticle(input).text).toBe(`${P}\n\n${P2}`)
    }
  })
})

describe('line breaks in plain text', () => {
  it.each([
    ['\\r\\n', '\r\n'],
    ['lone \\r', '\r'],
    ['\\n', '\n'],
  ])('%s separates blocks', (_, br) => {
    const article = cleanArticle(`${P}${br}${br}${P2}${br}`, { format: 'text' })
    expect(article.text).toBe(`${P}\n\n${P2}`)
    expect(article.text).not.toContain('\r')
  })
})

describe('kept and stripped', () => {
  it('zero-width and bidi controls are kept as written and join no words', () => {
    const marked = P.replace('council', 'coun\u200bcil').replace('budget', '\u202ebudget\u202c')
    const article = cleanArticle(`${marked}\n\n${P2}\n`)
    expect(article.text).toContain('coun\u200bcil')
    expect(article.text).toContain('\u202ebudget\u202c')
    expect(article.wordCount).toBe(cleanArticle(`${P}\n\n${P2}\n`).wordCount + 1)
  })

  it.each(['text', 'html'] as const)('lone surrogates are dropped (%s)', (format) => {
    const dirty = P.replace('council', 'coun\ud800cil').replace('night', 'night\udc00')
    const input = format === 'html' ? html(`<p>${dirty}</p><p>${P2}</p>`) : `${dirty}\n\n${P2}\n`
    const article = cleanArticle(input, { format })
    expect(article.text).toBe(`${P}\n\n${P2}`)
    expect(isWellFormed(article.text)).toBe(true)
    expect(new TextDecoder().decode(new TextEncoder().encode(article.text))).toBe(article.text)
  })

  it('surrogate pairs (emoji) are kept whole', () => {
    const article = cleanArticle(`${P.replace('night', 'night 🌍👍🏽')}\n\n${P2}\n`)
    expect(article.text).toContain('🌍👍🏽')
    expect(isWellFormed(article.text)).toBe(true)
  })

  it.each(['text', 'html'] as const)('NUL and C0 controls are dropped (%s)', (format) => {
    const dirty = P.replace('council', 'coun\u0000cil').replace('budget', 'bud\u0007get\u001b')
    const input = format === 'html' ? html(`<p>${dirty}</p><p>${P2}</p>`) : `${dirty}\n\n${P2}\n`
    const article = cleanArticle(input, { format })
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
    expect(article.text).not.toMatch(/[\u0000-\u0008\u000e-\u001f\u007f]/)
    expect(article.text).toContain('Tuesday night to approve a new')
    expect(article.text).toContain(P2)
  })

  it('C0 controls are dropped from code blocks too, tabs and line ends kept', () => {
    const code = 'if (x) {\n\t\u000ereturn\u0007 1\n}'
    const article = cleanArticle(html(`<p>${P}</p><pre><code>${code}</code></pre><p>${P2}</p>`), {
      format: 'html',
    })
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
    expect(article.text).not.toMatch(/[\u0000-\u0008\u000e-\u001f\u007f]/)
    expect(article.text).toContain('if (x) {\n\treturn 1\n}')
  })
})
