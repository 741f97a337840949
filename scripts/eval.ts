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
import { printCheck, printSummary, printWorst, type Timing, worstPages } from './lib/eval-report.js'
import type { GoldRow, PredictionRow } from './lib/metrics.js'
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
