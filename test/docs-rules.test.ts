/**
 * The rule pages in docs/rules/ are generated (scripts/docs-rules.ts); this
 * test regenerates them in memory and fails when a committed page differs,
 * so a rule, case or note changed without `npm run docs:rules` fails CI.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { code } from '../scripts/lib/markdown.js'
import { buildRuleDocs, htmlExcerpt, staleRuleDocs } from '../scripts/lib/rule-docs.js'
import { caseComments, ruleFacts } from '../scripts/lib/rule-source.js'
import { page } from '../src/rules/case-pages.js'
import { recommended } from '../src/rules/index.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

describe('generated rule docs', () => {
  let generated: Map<string, string>
  beforeAll(async () => {
    generated = await buildRuleDocs(ROOT)
  })

  it('are current (run `npm run docs:rules` when this fails)', () => {
    expect(staleRuleDocs(ROOT, generated)).toEqual([])
  })

  it('cover every rule of recommended and the index', () => {
    const paths = [...generated.keys()].sort()
    expect(paths).toEqual(
      [...recommended.map((r) => `docs/rules/${r.id}.md`), 'docs/rules/README.md'].sort(),
    )
    for (const rule of recommended) {
      const text = generated.get(`docs/rules/${rule.id}.md`) ?? ''
      expect(text.startsWith(`# ${rule.id}\n`)).toBe(true)
      expect(text).toContain(rule.description)
    }
  })

  it('show every case of a rule', async () => {
    const { cases } = await import('../src/rules/source-link.cases.js')
    const text = generated.get('docs/rules/source-link.md') ?? ''
    for (const c of [...cases.keep, ...cases.drop]) {
      expect(text).toContain(code(typeof c === 'string' ? c : c.text))
    }
  })

  describe('the staleness check', () => {
    let dir: string
    beforeAll(() => {
      dir = `${mkdtempSync(join(tmpdir(), 'docs-rules-'))}/`
      mkdirSync(`${dir}docs/rules`, { recursive: true })
      for (const [path, text] of generated) writeFileSync(`${dir}${path}`, text)
    })
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it('passes on a fresh copy', () => {
      expect(staleRuleDocs(dir, generated)).toEqual([])
    })

    it('fails on an edited, a missing or a stray page', () => {
      const edited = `${dir}docs/rules/source-link.md`
      writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nA hand edit.\n`)
      rmSync(`${dir}docs/rules/navigation.md`)
      writeFileSync(`${dir}docs/rules/old-rule.md`, '# old-rule\n')
      expect(staleRuleDocs(dir, generated).sort()).toEqual([
        'docs/rules/navigation.md',
        'docs/rules/old-rule.md',
        'docs/rules/source-link.md',
      ])
    })
  })
})

describe('rule source facts', () => {
  it('reads reasons, captures and option reads', () => {
    const facts = ruleFacts(
      'x.ts',
      `export const r = { test(b, context) {
        if (context.options.strict) return { drop: true, reason: b.words > 3 ? 'long' : 'short' }
        return { drop: true, reason: 'byline', capture: 'byline' } } }`,
    )
    expect(facts).toEqual({
      reasons: ['long', 'short', 'byline'],
      captures: ['byline'],
      readsOptions: true,
    })
  })

  it('reads the comment above each case, and refuses spread lists', () => {
    const text = `export const cases = {
      keep: [
        // Why this stays.
        'a',
        'b',
      ],
      drop: [{ text: 'c', reason: 'r' }],
    }`
    expect(caseComments('x.cases.ts', text, { keep: 2, drop: 1 })).toEqual({
      keep: ['Why this stays.', null],
      drop: [null],
    })
    expect(() =>
      caseComments('x.cases.ts', 'export const cases = { keep: [...more], drop: [] }', {
        keep: 3,
        drop: 0,
      }),
    ).toThrow(/one by one/)
  })

  it('elides the shared test article in HTML cases', () => {
    expect(htmlExcerpt(page('<p class="x">Hi</p>'))).toBe(
      '<article><h1>…</h1><p>…</p><p>…</p><p>…</p><p class="x">Hi</p></article>',
    )
  })
})
