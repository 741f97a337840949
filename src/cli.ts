/**
 * The `clean-article` command: clean files (or standard input) and print the
 * article's text, or its JSON with `--json`. The only file that uses Node.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { cleanArticle } from './index.js'
import type { CleanArticle } from './types.js'

const USAGE = `Usage: clean-article [options] [file ...]

Reads HTML or plain text from each file (or standard input when none or "-"),
and prints the clean article.

Options:
  --format <text|json>   output: the article as text (default) or JSON
  --input <auto|html|text>  how to read the input (default: auto)
  --url <url>            the page's address
  --explain              print the removal ledger on stderr
  -h, --help             show this help
`

function render(article: CleanArticle): string {
  const head = [
    article.section ? `[${article.section}]` : null,
    article.title ? `# ${article.title}` : null,
    article.byline ? `By ${article.byline}` : null,
  ].filter((line): line is string => line !== null)
  return `${[...head, '', article.text].join('\n').trim()}\n`
}

/** The removal ledger as an aligned table: rule, category, text (one line, shortened). */
function ledger(article: CleanArticle): string {
  const rows = article.removed.map((r) => [r.rule, r.category, oneLine(r.text)] as const)
  const ruleWidth = Math.max(4, ...rows.map((r) => r[0].length))
  const categoryWidth = Math.max(8, ...rows.map((r) => r[1].length))
  const line = (a: string, b: string, c: string) =>
    `${a.padEnd(ruleWidth)}  ${b.padEnd(categoryWidth)}  ${c}\n`
  return [`\n${line('rule', 'category', 'removed text')}`, ...rows.map((r) => line(...r))].join('')
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > 90 ? `${flat.slice(0, 89)}…` : flat
}

function main(argv: readonly string[]): number {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    process.stderr.write(`clean-article: ${(error as Error).message}\n\n${USAGE}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(USAGE)
    return 0
  }
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') {
    process.stderr.write(`clean-article: unknown --format ${format}\n\n${USAGE}`)
    return 2
  }
  const input = values.input ?? 'auto'
  if (input !== 'auto' && input !== 'html' && input !== 'text') {
    process.stderr.write(`clean-article: unknown --input ${input}\n\n${USAGE}`)
    return 2
  }
  const files = positionals.length > 0 ? positionals : ['-']
  let status = 0
  for (const file of files) {
    let bytes: Uint8Array
    try {
      bytes = readFileSync(file === '-' ? 0 : file)
    } catch (error) {
      process.stderr.write(`clean-article: cannot read ${file}: ${(error as Error).message}\n`)
      status = 1
      continue
    }
    const article = cleanArticle(bytes, {
      format: input,
      ...(values.url ? { url: values.url } : {}),
    })
    process.stdout.write(
      format === 'json' ? `${JSON.stringify(article, null, 2)}\n` : render(article),
    )
    if (values.explain) process.stderr.write(ledger(article))
  }
  return status
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      input: { type: 'string' },
      url: { type: 'string' },
      explain: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}

process.exitCode = main(process.argv.slice(2))
