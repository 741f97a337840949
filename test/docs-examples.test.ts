/**
 * The code of the guides is real: every ```ts block right after a
 * `<!-- doctest -->` line of docs/custom-rules.md is written to a module
 * (its `'clean-article'` and `'clean-article/testing'` imports pointed at
 * src/index.ts and src/testing.ts), type-checked with
 * the project's compiler options, and run. A block throws (for example from
 * `assert` or `testRule`) when what it shows is no longer true.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const GUIDES = ['docs/custom-rules.md']
const DIR = `${ROOT}test/.doctest/`

/** The ```ts blocks of a markdown text that follow a `<!-- doctest -->` line. */
function doctests(markdown: string): string[] {
  const blocks: string[] = []
  const re = /^<!-- doctest -->\n+```ts\n([\s\S]*?)^```$/gm
  for (const m of markdown.matchAll(re)) blocks.push(m[1] ?? '')
  return blocks
}

const modules = GUIDES.flatMap((guide) => {
  const name = guide.replace(/^docs\//, '').replace(/\.md$/, '')
  return doctests(readFileSync(`${ROOT}${guide}`, 'utf8')).map((code, i) => ({
    guide,
    file: `${DIR}${name}-${i + 1}.ts`,
    code: code
      .replace(/from 'clean-article'/g, "from '../../src/index.js'")
      .replace(/from 'clean-article\/testing'/g, "from '../../src/testing.js'"),
  }))
})

describe('guide examples', () => {
  mkdirSync(DIR, { recursive: true })
  for (const m of modules) writeFileSync(m.file, m.code)
  afterAll(() => rmSync(DIR, { recursive: true, force: true }))

  it('finds the marked blocks', () => {
    expect(doctests('<!-- doctest -->\n```ts\nconst a = 1\n```\n\n```ts\nskipped\n```\n')).toEqual([
      'const a = 1\n',
    ])
    expect(modules.length).toBeGreaterThanOrEqual(4)
  })

  it('type-check', () => {
    const config = ts.readConfigFile(`${ROOT}tsconfig.json`, ts.sys.readFile)
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT)
    const program = ts.createProgram(
      modules.map((m) => m.file),
      options,
    )
    const errors = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${d.file.fileName.slice(ROOT.length)}: ` : ''
      return `${where}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
    })
    expect(errors).toEqual([])
  })

  it.each(modules.map((m) => [m.file.slice(DIR.length), m] as const))('%s runs', async (_, m) => {
    await import(/* @vite-ignore */ m.file)
  })
})
