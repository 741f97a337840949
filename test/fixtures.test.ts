/**
 * Every folder of fixtures/ is a case: `input.txt` or `input.html` and
 * `expected.json` with the exact article fields. One test per case.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const ROOT = join(import.meta.dirname, '..', 'fixtures')

interface Expected {
  title: string | null
  byline: string | null
  section: string | null
  text: string
  captions: { text: string; credit: string | null }[]
  authorBio: string | null
  removed?: { rule: string; text: string }[]
  removedRules?: string[]
}

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()

describe('fixtures', () => {
  it('has the founding example and at least 16 more cases', () => {
    expect(cases).toContain('seed--founding-example')
    expect(cases.length).toBeGreaterThanOrEqual(17)
  })

  for (const name of cases) {
    it(name, () => {
      const dir = join(ROOT, name)
      const files = readdirSync(dir)
      const input = files.find((f) => f.startsWith('input.'))
      expect(input, `${name} has an input file`).toBeDefined()
      const format = input?.endsWith('.html') ? 'html' : 'text'
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected
      const bytes = readFileSync(join(dir, input as string))
      // Auto-detection must find the same format the file extension names.
      const article = cleanArticle(bytes)
      expect(article.format).toBe(format)
      expect({
        title: article.title,
        byline: article.byline,
        section: article.section,
        captions: article.captions,
        authorBio: article.authorBio,
      }).toEqual({
        title: expected.title,
        byline: expected.byline,
        section: expected.section,
        captions: expected.captions,
        authorBio: expected.authorBio,
      })
      expect(article.text.split('\n\n')).toEqual(expected.text.split('\n\n'))
      if (expected.removed) {
        expect(article.removed.map((r) => ({ rule: r.rule, text: r.text }))).toEqual(
          expected.removed,
        )
      }
      if (expected.removedRules) {
        const rules = new Set(article.removed.map((r) => r.rule))
        for (const rule of expected.removedRules)
          expect(rules, `ledger has ${rule}`).toContain(rule)
      }
    })
  }
})
