import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { RuleCases } from '../src/rule-tester.js'
import { recommended } from '../src/rules/index.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const RULES_DIR = `${ROOT}src/rules/`
const DOCS_DIR = `${ROOT}docs/rules/`
const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/

/** Rule modules: the `.ts` files of src/rules that are not helpers, cases or tests. */
function ruleFiles(): string[] {
  return readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.cases.ts') && !f.endsWith('.test.ts'))
    .filter((f) => f !== 'index.ts' && f !== 'util.ts' && f !== 'case-pages.ts')
    .map((f) => f.slice(0, -'.ts'.length))
    .sort()
}

describe('rules meta', () => {
  it('recommended has exactly one rule per rule file', () => {
    expect(recommended.map((r) => r.id).sort()).toEqual(ruleFiles())
  })

  it('rule ids are kebab-case and unique', () => {
    const ids = recommended.map((r) => r.id)
    for (const id of ids) expect(id).toMatch(KEBAB)
    expect(new Set(ids).size).toBe(ids.length)
  })

  describe.each(recommended.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    it('has a description and a category', () => {
      expect(typeof rule.description).toBe('string')
      expect(rule.description.trim().length).toBeGreaterThan(10)
      expect(typeof rule.category).toBe('string')
    })

    it('has a cases file with at least 6 keep and 6 drop cases', async () => {
      expect(existsSync(`${RULES_DIR}${id}.cases.ts`)).toBe(true)
      const { cases } = (await import(`../src/rules/${id}.cases.ts`)) as { cases: RuleCases }
      expect(cases.keep.length).toBeGreaterThanOrEqual(6)
      expect(cases.drop.length).toBeGreaterThanOrEqual(6)
    })

    it('has a notes file for its doc page', () => {
      expect(existsSync(`${RULES_DIR}${id}.notes.md`)).toBe(true)
    })

    it('has a test file', () => {
      expect(existsSync(`${RULES_DIR}${id}.test.ts`)).toBe(true)
    })

    it('has a doc page titled with its id', () => {
      const path = `${DOCS_DIR}${id}.md`
      expect(existsSync(path)).toBe(true)
      expect(readFileSync(path, 'utf8').startsWith(`# ${id}\n`)).toBe(true)
    })
  })

  it('the docs index lists every rule, in recommended order', () => {
    const index = readFileSync(`${DOCS_DIR}README.md`, 'utf8')
    const listed = [...index.matchAll(/\]\(\.\/([a-z0-9-]+)\.md\)/g)].map((m) => m[1])
    expect(listed).toEqual(recommended.map((r) => r.id))
  })
})
