/**
 * The `clean-article` command on batches: `--jsonl` (order, ids, bad lines)
 * and `--jobs` (worker threads give the same output as one process).
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { cli, FIXTURES, ROOT } from './cli/run.js'

/** Every fixture input: its path, content and whether it is HTML. */
const inputs = readdirSync(FIXTURES)
  .sort()
  .flatMap((dir) => {
    const file = readdirSync(join(FIXTURES, dir)).find((f) => f.startsWith('input.'))
    if (file === undefined) return []
    const path = join(FIXTURES, dir, file)
    return [{ dir, path, content: readFileSync(path, 'utf8'), html: file.endsWith('.html') }]
  })

/** The JSON line the CLI should write for a record. */
function expectedLine(record: {
  id?: unknown
  url?: string
  html?: string
  text?: string
}): string {
  const article = cleanArticle(record.html ?? (record.text as string), {
    format: record.html === undefined ? 'text' : 'html',
    ...(record.url === undefined ? {} : { url: record.url }),
  })
  return JSON.stringify(record.id === undefined ? article : { id: record.id, ...article })
}

describe('clean-article --jsonl', () => {
  const records = inputs.map((input, i) => ({
    id: i % 3 === 0 ? i : `doc-${input.dir}`,
    ...(i % 4 === 0 ? { url: `https://example.com/${input.dir}` } : {}),
    ...(input.html ? { html: input.content } : { text: input.content }),
  }))

  it('writes one JSON article per line, in order, with its id', () => {
    expect(records.length).toBeGreaterThan(20)
    const jsonl = records.map((record) => JSON.stringify(record)).join('\n')
    const { status, stdout, stderr } = cli(['--jsonl', '-', '--jobs', '2'], { input: `${jsonl}\n` })
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout.split('\n')).toEqual([...records.map(expectedLine), ''])
  })

  it('leaves out the id when a line has none', () => {
    const { stdout } = cli(['--jsonl', '-'], {
      input: JSON.stringify({ text: inputs[0]?.content }),
    })
    expect(Object.keys(JSON.parse(stdout))[0]).toBe('title')
  })

  it('puts an error record in place of a bad line, names its line number, goes on, exits 1', () => {
    const lines = [
      JSON.stringify(records[0]),
      '{"id": "broken", "html": ',
      JSON.stringify(records[1]),
      '',
      JSON.stringify({ id: 'empty', url: 'https://example.com/' }),
      '[1, 2]',
      JSON.stringify({ id: 9, html: 42 }),
      JSON.stringify(records[2]),
    ]
    const { status, stdout, stderr } = cli(['--jsonl', '-', '--jobs', '2'], {
      input: lines.join('\r\n'),
    })
    expect(status).toBe(1)
    const out = stdout.trimEnd().split('\n')
    // The blank line 4 is skipped; every other line has its output line.
    expect(out).toHaveLength(7)
    expect(out[0]).toBe(expectedLine(records[0] as never))
    expect(JSON.parse(out[1] as string)).toEqual({
      line: 2,
      error: expect.stringMatching(/^invalid JSON: /),
    })
    expect(out[2]).toBe(expectedLine(records[1] as never))
    expect(JSON.parse(out[3] as string)).toEqual({
      id: 'empty',
      line: 5,
      error: 'no "html" or "text" field',
    })
    expect(JSON.parse(out[4] as string)).toEqual({ line: 6, error: 'not a JSON object' })
    expect(JSON.parse(out[5] as string)).toEqual({
      id: 9,
      line: 7,
      error: '"html" is not a string',
    })
    expect(out[6]).toBe(expectedLine(records[2] as never))
    const errors = stderr.trimEnd().split('\n')
    expect(errors).toHaveLength(4)
    expect(errors[0]).toMatch(/^clean-article: line 2: invalid JSON: /)
    expect(errors[1]).toBe('clean-article: line 5: no "html" or "text" field')
    expect(errors[2]).toBe('clean-article: line 6: not a JSON object')
    expect(errors[3]).toBe('clean-article: line 7: "html" is not a string')
  })

  it('reads a file, and --url is the default address of lines without one', () => {
    const path = join(FIXTURES, '..', 'test', 'cli', 'batch.jsonl')
    const { status, stdout } = cli(['--jsonl', path, '--url', 'https://example.com/default'])
    expect(status).toBe(0)
    const out = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(out.map((article) => article.id)).toEqual(['first', 'second'])
    expect(out[0].url).toBe('https://example.com/default')
    expect(out[1].url).toBe('https://example.com/own')
  })

  it('names a missing batch file and exits 1', () => {
    const { status, stdout, stderr } = cli(['--jsonl', 'no-such-batch.jsonl'])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^clean-article: cannot read no-such-batch\.jsonl: ENOENT/)
  })

  it('--explain heads each ledger with the line and id', () => {
    const { stderr } = cli(['--jsonl', '-', '--explain'], { input: JSON.stringify(records[1]) })
    expect(stderr).toMatch(
      /^\n== line 1 \(id "doc-[^"]+"\) \(\d+ removed\)\nrule +category +removed text\n/,
    )
  })
})

describe('clean-article --jobs', () => {
  it('gives the same --jsonl output with --jobs 1 and --jobs 2', () => {
    // Several copies, so that results finish out of order across the threads.
    const jsonl = [0, 1, 2]
      .flatMap((copy) =>
        inputs.map((input, i) =>
          JSON.stringify({ id: copy * 100 + i, [input.html ? 'html' : 'text']: input.content }),
        ),
      )
      .join('\n')
    const one = cli(['--jsonl', '-', '--jobs', '1'], { input: jsonl })
    const two = cli(['--jsonl', '-', '--jobs', '2'], { input: jsonl })
    expect(one.status).toBe(0)
    expect(two.status).toBe(0)
    expect(one.stdout.split('\n')).toHaveLength(3 * inputs.length + 1)
    expect(two.stdout).toBe(one.stdout)
  })

  it('gives the same file output with --jobs 1 and --jobs 2, missing files included', () => {
    const files = inputs.map((input) => input.path)
    files.splice(3, 0, 'no-such-file.txt')
    const args = ['--format', 'json', '--explain', ...files]
    const one = cli(['--jobs', '1', ...args])
    const two = cli(['--jobs', '2', ...args])
    expect(one.status).toBe(1)
    expect(two.status).toBe(1)
    expect(two.stdout).toBe(one.stdout)
    expect(two.stderr).toBe(one.stderr)
    expect(two.stderr).toContain('cannot read no-such-file.txt')
    expect(one.stdout.match(/^\{\n {2}"title"/gm)).toHaveLength(inputs.length)
  })
})

describe('clean-article from source', () => {
  it('runs under tsx with worker threads (the TypeScript worker entry)', () => {
    const jsonl = inputs
      .slice(0, 6)
      .map((input, i) => JSON.stringify({ id: i, [input.html ? 'html' : 'text']: input.content }))
      .join('\n')
    const fromSource = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', '--jsonl', '-', '--jobs', '2'],
      { cwd: ROOT, input: jsonl, encoding: 'utf8' },
    )
    expect(fromSource.stderr).toBe('')
    expect(fromSource.status).toBe(0)
    expect(fromSource.stdout).toBe(cli(['--jsonl', '-', '--jobs', '1'], { input: jsonl }).stdout)
  })
})
