/**
 * Run clean-article over a benchmark set and print the figures of
 * `shared/eval/METRICS.md`.
 *
 *     npx tsx scripts/eval.ts ../shared/data/wcxb-dev [--format html|text]
 *       [--out predictions.jsonl] [--worst N] [--limit N] [--json] [--check]
 *
 * Per-page results go to `.eval/<set>-<format>.jsonl`. `--check` also runs the
 * reference scorer (`<set>/../../eval/score.mjs`) when it is there and prints
 * both sets of figures side by side.
 */
import { mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { Presets, SingleBar } from 'cli-progress'
import { cleanArticle, recommended } from '../src/index.js'
import { compareFigures, type FigurePair, runReferenceScorer } from './lib/crosscheck.js'
import { type DataSet, openSet, readPage, readText, writeJsonl } from './lib/dataset.js'
import type { GoldRow, PageResult, PredictionRow, Summary } from './lib/metrics.js'
import { score } from './lib/metrics.js'
import { fieldsOf } from './lib/prediction.js'

type InputFormat = 'html' | 'text'

interface Settings {
  readonly setDir: string
  readonly format: InputFormat
  readonly out: string | null
  readonly worst: number
  readonly limit: number | null
  readonly json: boolean
  readonly check: boolean
  /** Rule ids to leave out of `recommended`, to measure what each rule earns. */
  readonly disable: ReadonlySet<string>
}

interface Timed {
  readonly prediction: PredictionRow
  /** Time spent in `cleanArticle`; null when the input could not be read. */
  readonly ms: number | null
}

interface Timing {
  readonly meanMs: number
  readonly p95Ms: number
}

const usage =
  'usage: npx tsx scripts/eval.ts <set-dir> [--format html|text] [--out predictions.jsonl]\n' +
  '                               [--worst N] [--limit N] [--json] [--check] [--disable rule-id,…]'

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function fail(message: string): never {
  console.error(`${message}\n${usage}`)
  process.exit(2)
}

function count(name: string, value: string | undefined): number | null {
  if (value === undefined) return null
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) fail(`--${name} takes a whole number, got ${value}`)
  return number
}

function parseSettings(argv: readonly string[]): Settings {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    fail((error as Error).message)
  }
  const { values, positionals } = parsed
  const [setDir, ...rest] = positionals
  if (!setDir || rest.length) fail('give exactly one set folder')
  const format = values.format ?? 'html'
  if (format !== 'html' && format !== 'text') fail(`--format is html or text, got ${format}`)
  return {
    setDir,
    format,
    out: values.out ?? null,
    worst: count('worst', values.worst) ?? 0,
    limit: count('limit', values.limit),
    json: values.json ?? false,
    check: values.check ?? false,
    disable: new Set((values.disable ?? '').split(',').filter((id) => id !== '')),
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      worst: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
      check: { type: 'boolean' },
      disable: { type: 'string' },
    },
  })
}

/** Run the library on one page; an error gives an empty prediction carrying it. */
function predict(
  set: DataSet,
  gold: GoldRow,
  format: InputFormat,
  disable: ReadonlySet<string>,
): Timed {
  const rules = recommended.filter((rule) => !disable.has(rule.id))
  const options = { format, rules, ...(gold.url ? { url: gold.url } : {}) }
  let start: number | null = null
  try {
    const input = format === 'html' ? readPage(set, gold.id) : readText(set, gold.id)
    start = performance.now()
    const article = cleanArticle(input, options)
    const ms = performance.now() - start
    return {
      prediction: { id: gold.id, ...fieldsOf(article) },
      ms,
    }
  } catch (error) {
    return {
      prediction: {
        id: gold.id,
        text: '',
        title: null,
        author: null,
        published: null,
        lang: null,
        siteName: null,
        error: error instanceof Error ? error.message || error.name : String(error),
      },
      ms: start === null ? null : performance.now() - start,
    }
  }
}

function runAll(
  set: DataSet,
  gold: readonly GoldRow[],
  format: InputFormat,
  disable: ReadonlySet<string>,
): Timed[] {
  const bar = process.stderr.isTTY
    ? new SingleBar(
        {
          format: `${set.name} {bar} {value}/{total} | {percentage}% | ETA {eta_formatted} | {page}`,
          stream: process.stderr,
          hideCursor: true,
          etaBuffer: 100,
        },
        Presets.shades_classic,
      )
    : null
  bar?.start(gold.length, 0, { page: '' })
  const results: Timed[] = []
  for (const row of gold) {
    bar?.update(results.length, { page: row.id })
    results.push(predict(set, row, format, disable))
  }
  bar?.update(results.length, { page: '' })
  bar?.stop()
  return results
}

function timing(results: readonly Timed[]): Timing | null {
  const times = results.flatMap((result) => (result.ms === null ? [] : [result.ms]))
  if (times.length === 0) return null
  const sorted = [...times].sort((a, b) => a - b)
  const total = times.reduce((sum, ms) => sum + ms, 0)
  // Nearest-rank percentile.
  const p95 = sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)] ?? 0
  return { meanMs: total / times.length, p95Ms: p95 }
}

// ---- worst pages ----------------------------------------------------------

interface WorstPage {
  readonly id: string
  readonly url: string | null
  readonly f1?: number
  readonly precision: number
  readonly recall: number
  readonly missed?: number
  readonly leaked?: number
  readonly error: string | null
}

/** The pages that score worst: by word F1 when the set has gold text, else by snippet errors. */
function worstPages(pages: readonly PageResult[], n: number): WorstPage[] {
  if (n === 0) return []
  const byWords = pages.filter((page) => page.words)
  if (byWords.length) {
    return [...byWords]
      .sort((a, b) => (a.words?.f1 ?? 0) - (b.words?.f1 ?? 0) || a.id.localeCompare(b.id))
      .slice(0, n)
      .map((page) => ({
        id: page.id,
        url: page.url,
        f1: page.words?.f1 ?? 0,
        precision: page.words?.precision ?? 0,
        recall: page.words?.recall ?? 0,
        error: page.error,
      }))
  }
  const errors = (page: PageResult) =>
    (page.snippets?.withMissed ?? 0) + (page.snippets?.withoutFound ?? 0)
  return pages
    .filter((page) => page.snippets && errors(page) > 0)
    .sort((a, b) => errors(b) - errors(a) || a.id.localeCompare(b.id))
    .slice(0, n)
    .map((page) => {
      const { withFound = 0, withMissed = 0, withoutFound = 0 } = page.snippets ?? {}
      return {
        id: page.id,
        url: page.url,
        precision: withFound / (withFound + withoutFound),
        recall: withFound / (withFound + withMissed),
        missed: withMissed,
        leaked: withoutFound,
        error: page.error,
      }
    })
}

// ---- printing -------------------------------------------------------------

const figure = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(3)

/** Figures that are counts, by the last part of their dotted name. */
const countNames = new Set(['pages', 'missing', 'errors', 'tp', 'fp', 'fn', 'tn', 'pagesWithout'])

const figureOrCount = (name: string, value: number | null) =>
  value !== null && countNames.has(name.split('.').pop() ?? '') ? String(value) : figure(value)

/**
 * Columns padded to their widest cell. `align` gives each column's side
 * (`l` or `r`); columns past its end are right-aligned.
 */
function table(rows: readonly (readonly string[])[], align = 'l'): string {
  const widths: number[] = []
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, cell.length)
    })
  }
  const pad = (cell: string, index: number) =>
    align[index] === 'l' ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)
  return rows.map((row) => row.map(pad).join('  ').trimEnd()).join('\n')
}

function shorten(text: string | null, width: number): string {
  if (!text) return '—'
  return text.length > width ? `${text.slice(0, width - 1)}…` : text
}

function printSummary(name: string, format: InputFormat, summary: Summary, time: Timing | null) {
  const lines: string[] = [
    `${name} (${format}): ${summary.pages} pages, ${summary.missing} missing, ${summary.errors} errors`,
    '',
  ]
  const rows: string[][] = [['figure', 'F1', 'P', 'R', 'pages']]
  if (summary.shingle) {
    const s = summary.shingle
    rows.push(['shingle', figure(s.f1), figure(s.precision), figure(s.recall), String(s.pages)])
  }
  if (summary.words) {
    const w = summary.words
    rows.push(['word', figure(w.f1), figure(w.precision), figure(w.recall), String(w.pages)])
    const types = Object.entries(summary.wordsByType ?? {}).sort((a, b) => b[1].pages - a[1].pages)
    for (const [type, t] of types) {
      rows.push([`  ${type}`, figure(t.f1), figure(t.precision), figure(t.recall), String(t.pages)])
    }
  }
  if (summary.snippets) {
    const s = summary.snippets
    rows.push(['snippet', figure(s.f1), figure(s.precision), figure(s.recall), ''])
  }
  if (rows.length > 1) lines.push(table(rows))
  if (summary.snippets) {
    const { tp, fp, fn, tn, accuracy } = summary.snippets
    lines.push(
      `  snippets: ${tp} kept, ${fn} missed, ${fp} leaked, ${tn} dropped; accuracy ${figure(accuracy)}`,
    )
  }
  const metadata = Object.entries(summary.metadata ?? {})
  if (metadata.length) {
    const metaRows: string[][] = [['metadata', 'accuracy', 'pages', 'spurious', 'without']]
    for (const [field, m] of metadata) {
      metaRows.push([
        field,
        figure(m.accuracy),
        String(m.pages),
        m.pagesWithout ? figure(m.spurious) : '',
        m.pagesWithout ? String(m.pagesWithout) : '',
      ])
    }
    lines.push('', table(metaRows))
  }
  if (time) {
    lines.push(
      '',
      `time per page: mean ${time.meanMs.toFixed(2)} ms, p95 ${time.p95Ms.toFixed(2)} ms`,
    )
  }
  console.log(lines.join('\n'))
}

function printWorst(worst: readonly WorstPage[]) {
  if (worst.length === 0) return
  const bySnippets = worst[0]?.f1 === undefined
  const head = bySnippets
    ? ['id', 'url', 'missed', 'leaked', 'P', 'R', 'error']
    : ['id', 'url', 'F1', 'P', 'R', 'error']
  const align = bySnippets ? 'llrrrrl' : 'llrrrl'
  const rows = worst.map((page) => [
    shorten(page.id, 36),
    shorten(page.url, 70),
    ...(bySnippets ? [String(page.missed ?? 0), String(page.leaked ?? 0)] : [figure(page.f1)]),
    figure(page.precision),
    figure(page.recall),
    shorten(page.error, 40).replace(/^—$/, ''),
  ])
  console.log(`\nworst ${worst.length} pages by ${bySnippets ? 'snippet errors' : 'word F1'}`)
  console.log(table([head, ...rows], align))
}

function printCheck(pairs: readonly FigurePair[]) {
  const differ = pairs.filter((pair) => !pair.agree)
  const rows = pairs.map((pair) => [
    pair.figure,
    figureOrCount(pair.figure, pair.ours),
    figureOrCount(pair.figure, pair.reference),
    pair.agree ? '' : 'DIFFERS',
  ])
  console.log('\ncross-check with score.mjs')
  console.log(table([['figure', 'ours', 'score.mjs', ''], ...rows]))
  console.log(
    differ.length
      ? `${differ.length} of ${pairs.length} figures differ`
      : `all ${pairs.length} figures agree to the third decimal`,
  )
}

// ---- main -----------------------------------------------------------------

function main() {
  const settings = parseSettings(process.argv.slice(2))
  const set = openSet(settings.setDir)
  const gold = settings.limit === null ? set.gold : set.gold.slice(0, settings.limit)
  const results = runAll(set, gold, settings.format, settings.disable)
  const predictions = results.map((result) => result.prediction)

  if (settings.out) {
    writeJsonl(resolve(settings.out), predictions)
  }

  const { summary, pages } = score(gold, predictions)
  const evalDir = join(projectRoot, '.eval')
  mkdirSync(evalDir, { recursive: true })
  writeJsonl(
    join(evalDir, `${set.name}-${settings.format}.jsonl`),
    pages.map((page, index) => ({ ...page, ms: results[index]?.ms ?? null })),
  )

  const time = timing(results)
  const worst = worstPages(pages, settings.worst)
  let check: FigurePair[] | null = null
  if (settings.check) {
    try {
      const limited = gold.length < set.gold.length
      const reference = runReferenceScorer(set.dir, predictions, limited ? gold : undefined)
      // Only the figures the reference gives: ours has a few more.
      if (reference)
        check = compareFigures(summary, reference).filter((pair) => pair.reference !== null)
    } catch (error) {
      console.error(`cross-check failed: ${(error as Error).message}`)
    }
  }

  if (settings.json) {
    console.log(
      JSON.stringify({
        set: set.name,
        format: settings.format,
        summary,
        timing: time,
        ...(worst.length ? { worst } : {}),
        ...(check ? { check } : {}),
      }),
    )
    return
  }
  printSummary(set.name, settings.format, summary, time)
  printWorst(worst)
  if (check) printCheck(check)
}

main()
