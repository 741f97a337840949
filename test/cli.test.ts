/**
 * The `clean-article` command on files and standard input, run as a process
 * (the build made by test/cli/setup.ts).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanArticle, recommended } from '../src/index.js'
import { cli, SEED, WORDPRESS } from './cli/run.js'

const seedText = readFileSync(SEED, 'utf8')
const SEED_TITLE = '# US Envoy Calls on China to Condemn North Korea’s Recent ICBM Tests'
const MERCH = 'Distressed Patriotic Flag Unisex T-Shirt'
const wordpressTitle = cleanArticle(readFileSync(WORDPRESS)).title as string

describe('clean-article on files and stdin', () => {
  it('reads standard input when no file is given, and with "-"', () => {
    for (const args of [[], ['-']]) {
      const { status, stdout, stderr } = cli(args, { input: seedText })
      expect(stderr).toBe('')
      expect(status).toBe(0)
      expect(stdout.startsWith(`[China News]\n${SEED_TITLE}\nBy Aldgra Fredly\n\n`)).toBe(true)
      expect(stdout).not.toContain(MERCH)
      expect(stdout).toContain('intercontinental ballistic missile')
    }
  })

  it('prints each file’s article, in the order given', () => {
    const { status, stdout } = cli([WORDPRESS, SEED])
    expect(status).toBe(0)
    const wp = stdout.indexOf(`# ${wordpressTitle}`)
    const seed = stdout.indexOf(SEED_TITLE)
    expect(wp).toBeGreaterThan(-1)
    expect(stdout.indexOf('\n', wp)).toBeLessThan(seed)
  })

  it('names a missing file, exits 1, and still prints the others', () => {
    const { status, stdout, stderr } = cli([SEED, 'no-such-file.html', WORDPRESS])
    expect(status).toBe(1)
    expect(stderr).toMatch(/^clean-article: cannot read no-such-file\.html: ENOENT/)
    expect(stdout).toContain(SEED_TITLE)
    expect(stdout).toContain(`# ${wordpressTitle}`)
  })

  it('names an unreadable input (a directory) the same way', () => {
    const { status, stderr, stdout } = cli(['fixtures', SEED])
    expect(status).toBe(1)
    expect(stderr).toContain('cannot read fixtures: ')
    expect(stdout).toContain(SEED_TITLE)
  })

  it.each([
    [['--format', 'yaml'], 'unknown --format yaml'],
    [['--input', 'pdf'], 'unknown --input pdf'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['--jobs', '0'], '--jobs takes a whole number of at least 1, not 0'],
    [['--jobs', 'two'], '--jobs takes a whole number'],
    [['--jsonl', '-', SEED], '--jsonl reads its own input'],
    [['--jsonl', '-', '--out-dir', 'x'], '--out-dir applies to files'],
    [['--jsonl', '-', '--format', 'text'], '--format text does not apply'],
  ])('usage error %j: exit 2 with the message and the usage', (args, text) => {
    const { status, stdout, stderr } = cli(args)
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(text)
    expect(stderr).toContain('Usage: clean-article [options] [file ...]')
  })

  it('prints the usage on stdout for --help', () => {
    const { status, stdout, stderr } = cli(['-h'])
    expect(status).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toContain('--rules-disable <id,...>')
  })

  it('--format json prints the whole article object', () => {
    const { status, stdout } = cli(['--format', 'json', '--url', 'https://example.com/a', SEED])
    expect(status).toBe(0)
    const expected = cleanArticle(readFileSync(SEED), { url: 'https://example.com/a' })
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(expected)))
    expect(stdout.endsWith('}\n')).toBe(true)
  })

  it('--format markdown prints the article as Markdown, title first', () => {
    const { status, stdout } = cli([
      '--format',
      'markdown',
      '--url',
      'https://example.com/a',
      WORDPRESS,
    ])
    expect(status).toBe(0)
    const expected = cleanArticle(readFileSync(WORDPRESS), { url: 'https://example.com/a' })
    expect(stdout).toBe(`${expected.markdown.trimEnd()}\n`)
    expect(stdout.startsWith(`# ${wordpressTitle}`)).toBe(true)
  })

  it('--format html prints the sanitized body under the escaped title', () => {
    const { status, stdout } = cli(['--format', 'html', WORDPRESS])
    expect(status).toBe(0)
    const expected = cleanArticle(readFileSync(WORDPRESS))
    expect(stdout.startsWith('<article>\n<h1>')).toBe(true)
    expect(stdout).toContain(expected.html.trim())
    expect(stdout).not.toContain('<script')
  })

  it('--input text reads HTML as plain text', () => {
    const asHtml = JSON.parse(cli(['--format', 'json', WORDPRESS]).stdout)
    const asText = JSON.parse(cli(['--format', 'json', '--input', 'text', WORDPRESS]).stdout)
    expect(asHtml.format).toBe('html')
    expect(asText.format).toBe('text')
  })

  it('--explain prints the removal ledger as a table on stderr', () => {
    const { status, stdout, stderr } = cli(['--explain', SEED])
    expect(status).toBe(0)
    expect(stdout).toContain(SEED_TITLE)
    const lines = stderr.trim().split('\n')
    expect(lines[0]).toMatch(/^rule +category +removed text$/)
    expect(stderr).toMatch(/\nmerch-ad +ads +Distressed Patriotic Flag/)
    expect(lines).toHaveLength(1 + cleanArticle(readFileSync(SEED)).removed.length)
  })

  it('--explain heads each ledger with its file when there are several', () => {
    const { stderr } = cli(['--explain', SEED, WORDPRESS])
    expect(stderr).toMatch(/== .*seed--founding-example\/input\.txt \(\d+ removed\)\nrule/)
    expect(stderr).toMatch(/== .*wordpress--html-post\/input\.html \(\d+ removed\)\nrule/)
  })

  it('--rules-disable runs the recommended rules except those named', () => {
    const disable = [
      '--rules-disable',
      'merch-ad,source-link',
      '--rules-disable',
      'boilerplate-context',
    ]
    const { status, stdout, stderr } = cli(['--explain', ...disable, SEED])
    expect(status).toBe(0)
    expect(stdout).toContain(MERCH)
    expect(stderr).not.toMatch(/\nmerch-ad /)
    expect(stderr).not.toMatch(/\nboilerplate-context /)
    expect(stderr).not.toMatch(/\nsource-link /)
    expect(stderr).toMatch(/\nimage-caption /)
  })

  it('--rules-disable with an unknown id is a usage error naming it', () => {
    const { status, stdout, stderr } = cli(['--rules-disable', 'merch-ad,no-such-rule', SEED])
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('unknown rule id in --rules-disable: no-such-rule (rules: ')
    expect(stderr).toContain(recommended.map((rule) => rule.id).join(', '))
  })

  it('--out-dir writes one file per input, named after it, creating the directory', () => {
    const work = mkdtempSync(join(tmpdir(), 'clean-article-cli-'))
    writeFileSync(join(work, 'story.txt'), seedText)
    writeFileSync(join(work, 'post.html'), readFileSync(WORDPRESS))
    const out = join(work, 'out', 'nested')
    const run = (format: string) =>
      cli(['--out-dir', out, '--format', format, 'story.txt', 'missing.txt', 'post.html'], {
        cwd: work,
      })

    const json = run('json')
    expect(json.status).toBe(1)
    expect(json.stdout).toBe('')
    expect(json.stderr).toContain('cannot read missing.txt')
    expect(readdirSync(out).sort()).toEqual(['post.json', 'story.json'])
    expect(JSON.parse(readFileSync(join(out, 'story.json'), 'utf8')).title).toBe(
      SEED_TITLE.slice(2),
    )

    expect(run('text').status).toBe(1)
    expect(readdirSync(out).sort()).toEqual(['post.json', 'post.txt', 'story.json', 'story.txt'])
    expect(readFileSync(join(out, 'story.txt'), 'utf8')).toBe(cli([SEED]).stdout)
  })

  it('--out-dir refuses two inputs that would write the same file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'clean-article-cli-')), 'out')
    const { status, stderr } = cli(['--out-dir', out, SEED, WORDPRESS])
    expect(status).toBe(2)
    expect(stderr).toContain('would both be written to input.txt')
    expect(existsSync(out)).toBe(false)
  })
})
