/**
 * Run clean-article and its peers on the same pages of a benchmark set and
 * print one table of the figures of `shared/eval/METRICS.md`, a row per tool.
 *
 *     npm run compare -- ../shared/data/wcxb-dev [--limit N] [--format html]
 *
 * The peers are Mozilla Readability (on linkedom and on jsdom) and Defuddle
 * (`defuddle/node` on linkedom, as its README shows first for Node). Every tool
 * gets the same string, the page's bytes through `src/decode.ts`; the peers'
 * content HTML is scored after a block-aware conversion to text
 * (`htmlToText` in `scripts/lib/peers.ts`). Times are per page: the DOM parse
 * plus the extraction for the peers, the whole `cleanArticle` call for
 * clean-article.
 */
import { parseArgs } from 'node:util'
import { Presets, SingleBar } from 'cli-progress'
import { decode } from '../src/decode.js'
import { type DataSet, openSet, readPage } from './lib/dataset.js'
import type { GoldRow, PredictionRow, Summary } from './lib/metrics.js'
import { score } from './lib/metrics.js'
import { type Tool, tools } from './lib/peers.js'

interface Settings {
  readonly setDir: string
  readonly limit: number | null
}

interface ToolRun {
  readonly tool: Tool
  readonly summary: Summary
  readonly meanMs: number | null
  readonly p95Ms: number | null
}

const usage = 'usage: npm run compare -- <set-dir> [--limit N] [--format html]'

function fail(message: string): never {
  console.error(`${message}\n${usage}`)
  process.exit(2)
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
  // The peers read HTML only, so text mode has nothing to compare.
  if ((values.format ?? 'html') !== 'html') fail(`--format is html only, got ${values.format}`)
  let limit: number | null = null
  if (values.limit !== undefined) {
    limit = Number(values.limit)
    if (!Number.isInteger(limit) || limit < 0)
      fail(`--limit takes a whole number, got ${values.limit}`)
  }
  return { setDir, limit }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { format: { type: 'string' }, limit: { type: 'string' } },
  })
}

const message = (error: unknown) =>
  error instanceof Error ? error.message || error.name : String(error)

/** Run with the console's error and warning lines dropped: Defuddle logs every bad JSON-LD block. */
async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const { error, warn } = console
  console.error = () => {}
  console.warn = () => {}
  try {
    return await run()
  } finally {
    console.error = error
    console.warn = warn
  }
}

/** One page through one tool; an error gives an empty prediction carrying it, and no time. */
async function predict(
  tool: Tool,
  set: DataSet,
  gold: GoldRow,
): Promise<{ row: PredictionRow; ms: number | null }> {
  try {
    const html = decode(readPage(set, gold.id)).text
    const { out, ms } = await quietly(() => tool.run(html, gold.url ?? null))
    return { row: { id: gold.id, ...out }, ms }
  } catch (error) {
    const row = {
      id: gold.id,
      text: '',
      title: null,
      author: null,
      published: null,
      lang: null,
      siteName: null,
      error: message(error),
    }
    return { row, ms: null }
  }
}

/** Nearest-rank percentile of a sorted list. */
const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? null

async function runTool(tool: Tool, set: DataSet, gold: readonly GoldRow[]): Promise<ToolRun> {
  const bar = process.stderr.isTTY
    ? new SingleBar(
        {
          format: `${tool.name.padEnd(36)} {bar} {value}/{total} | ETA {eta_formatted} | {page}`,
          stream: process.stderr,
          hideCursor: true,
          etaBuffer: 100,
        },
        Presets.shades_classic,
      )
    : null
  // One untimed page first, so the first timed one does not pay for loading and JIT.
  if (gold[0]) await predict(tool, set, gold[0])
  bar?.start(gold.length, 0, { page: '' })
  const rows: PredictionRow[] = []
  const times: number[] = []
  for (const page of gold) {
    bar?.update(rows.length, { page: page.id })
    const { row, ms } = await predict(tool, set, page)
    rows.push(row)
    if (ms !== null) times.push(ms)
    // Let the event loop turn: a closed jsdom window is only freed once it has.
    await new Promise((resolve) => setImmediate(resolve))
  }
  bar?.update(rows.length, { page: '' })
  bar?.stop()
  const sorted = times.sort((a, b) => a - b)
  return {
    tool,
    summary: score(gold, rows).summary,
    meanMs: sorted.length ? sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length : null,
    p95Ms: percentile(sorted, 0.95),
  }
}

// ---- printing -------------------------------------------------------------

const figure = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(3)

const millis = (value: number | null) => (value === null ? '—' : value.toFixed(1))

interface Column {
  readonly head: string
  readonly cell: (run: ToolRun) => string
}

/** The columns the set's gold supports, judged on the first run's summary. */
function columns(summary: Summary): Column[] {
  const out: Column[] = [{ head: 'tool', cell: (run) => run.tool.name }]
  if (summary.shingle)
    out.push({ head: 'shingle F1', cell: (run) => figure(run.summary.shingle?.f1) })
  if (summary.words) out.push({ head: 'word F1', cell: (run) => figure(run.summary.words?.f1) })
  if (summary.wordsByType?.article) {
    const pages = summary.wordsByType.article.pages
    out.push({
      head: `articles F1 (${pages})`,
      cell: (run) => figure(run.summary.wordsByType?.article?.f1),
    })
  }
  if (summary.snippets)
    out.push({ head: 'snippet F1', cell: (run) => figure(run.summary.snippets?.f1) })
  for (const field of ['title', 'author', 'published'] as const) {
    const meta = summary.metadata?.[field]
    if (meta && meta.accuracy !== null) {
      out.push({
        head: `${field} (${meta.pages})`,
        cell: (run) => figure(run.summary.metadata?.[field]?.accuracy),
      })
    }
  }
  out.push(
    { head: 'mean ms', cell: (run) => millis(run.meanMs) },
    { head: 'p95 ms', cell: (run) => millis(run.p95Ms) },
    { head: 'errors', cell: (run) => String(run.summary.errors) },
  )
  return out
}

/** Columns padded to their widest cell; the first is left-aligned, the rest right. */
function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = []
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, cell.length)
    })
  }
  const pad = (cell: string, index: number) =>
    index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)
  return rows.map((row) => row.map(pad).join('  ').trimEnd()).join('\n')
}

function print(set: DataSet, pages: number, runs: readonly ToolRun[]) {
  const first = runs[0]
  if (!first) return
  const cols = columns(first.summary)
  const rows = [cols.map((col) => col.head), ...runs.map((run) => cols.map((col) => col.cell(run)))]
  const limited = pages < set.gold.length ? ` (first ${pages} of ${set.gold.length})` : ''
  console.log(
    [
      `${set.name} (html): ${pages} pages${limited}, same decoded input for every tool`,
      '',
      table(rows),
      '',
      'As in METRICS.md: word F1 is the mean over pages; shingle F1 is the F1 of mean P and R;',
      'snippet F1 is of pooled counts; (n) = pages with that gold field.',
      "Peers' content HTML is scored after block-aware conversion to text; ms = DOM parse +",
      'extraction per page (peers), whole cleanArticle call (clean-article), after one untimed',
      'warm-up page per tool.',
    ].join('\n'),
  )
}

async function main() {
  const settings = parseSettings(process.argv.slice(2))
  const set = openSet(settings.setDir)
  const gold = settings.limit === null ? set.gold : set.gold.slice(0, settings.limit)
  const runs: ToolRun[] = []
  for (const tool of tools) runs.push(await runTool(tool, set, gold))
  print(set, gold.length, runs)
}

await main()
