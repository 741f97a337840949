/**
 * Speed and peak memory of clean-article beside parse5 alone (the floor:
 * every HTML tool here parses first) and its peers, on the same pages.
 *
 *     npm run bench -- ../shared/data/wcxb-dev [--limit N] [--warmup N]
 *       [--tools parse5,clean-article,…] [--rounds N] [--profile dir]
 *
 * Each tool runs in its own child process, so that its peak memory is its
 * own: `process.resourceUsage().maxRSS` at the end (and the RSS once the
 * tool is loaded, before any page), and the largest
 * `heapUsed` seen after a page. The child decodes each page (untimed), runs
 * `--warmup` pages untimed first, then times every page. MB/s is UTF-8
 * megabytes of decoded input per second of the tool's time. With `--rounds`
 * the tools run in turn that many times and each figure is the median
 * round's. `--profile dir` writes a V8 CPU profile of each child there.
 */
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { decode } from '../src/decode.js'
import { benchTools } from './lib/bench-tools.js'
import { openSet, readPage } from './lib/dataset.js'

interface Job {
  readonly setDir: string
  readonly tool: string
  /** The pages, read once by the parent: the gold file is large and stays out of the child's memory. */
  readonly pages: readonly { readonly id: string; readonly url: string | null }[]
  readonly warmup: number
}

interface Result {
  readonly tool: string
  readonly pages: number
  readonly errors: number
  readonly meanMs: number
  readonly p95Ms: number
  readonly mbPerS: number
  readonly peakRssMb: number
  readonly peakHeapMb: number
  /** RSS once the tool is loaded, before the first page. */
  readonly loadedRssMb: number
}

const usage =
  'usage: npm run bench -- <set-dir> [--limit N] [--warmup N] [--tools id,…] [--rounds N] [--profile dir]'

function fail(message: string): never {
  console.error(`${message}\n${usage}`)
  process.exit(2)
}

const MB = 1024 * 1024

// ---- the child: one tool over the pages -------------------------------------

async function child(job: Job): Promise<Result> {
  const tool = benchTools.find((t) => t.id === job.tool)
  if (!tool) throw new Error(`no tool ${job.tool}`)
  const run = await tool.load()
  const loadedRss = process.memoryUsage().rss
  const set = { dir: job.setDir }
  const gold = job.pages
  // Defuddle and jsdom report on the console; the table is all we print.
  for (const name of ['log', 'error', 'warn', 'info', 'debug'] as const) console[name] = () => {}
  const once = async (html: string, url: string | null): Promise<number> => {
    const start = performance.now()
    const out = run(html, url)
    if (out instanceof Promise) await out
    return performance.now() - start
  }
  for (const row of gold.slice(0, job.warmup)) {
    try {
      await once(decode(readPage(set, row.id)).text, row.url ?? null)
    } catch {}
  }
  const times: number[] = []
  let bytes = 0
  let errors = 0
  let peakHeap = 0
  for (const row of gold) {
    const html = decode(readPage(set, row.id)).text
    try {
      times.push(await once(html, row.url ?? null))
      bytes += Buffer.byteLength(html)
    } catch {
      errors++
    }
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
    // Let the event loop turn: a closed jsdom window is only freed once it has.
    await new Promise((resolve) => setImmediate(resolve))
  }
  const sorted = [...times].sort((a, b) => a - b)
  const total = times.reduce((sum, ms) => sum + ms, 0)
  return {
    tool: tool.id,
    pages: times.length,
    errors,
    meanMs: total / Math.max(1, times.length),
    p95Ms: sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)] ?? 0,
    mbPerS: bytes / MB / (total / 1000),
    // maxRSS is in kilobytes.
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
    peakHeapMb: peakHeap / MB,
    loadedRssMb: loadedRss / MB,
  }
}

// ---- the parent: one child per tool, one table -------------------------------

function runChild(job: Job, profile: string | null): Promise<Result> {
  const execArgv = [...process.execArgv]
  if (profile) execArgv.push('--cpu-prof', `--cpu-prof-dir=${profile}`)
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(import.meta.url), ['--child'], { execArgv })
    proc.send(job)
    let result: Result | null = null
    proc.on('message', (message) => {
      result = message as Result
    })
    proc.on('error', reject)
    proc.on('exit', (code) => {
      if (result) resolve(result)
      else reject(new Error(`${job.tool}: child exited with ${code} and no result`))
    })
  })
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0
}

/** Each tool's rounds folded into one row: the median of every figure. */
function fold(rounds: readonly Result[][]): Result[] {
  const ids = rounds[0]?.map((r) => r.tool) ?? []
  return ids.map((id) => {
    const mine = rounds.map((round) => round.find((r) => r.tool === id) as Result)
    const first = mine[0] as Result
    const med = (pick: (r: Result) => number) => median(mine.map(pick))
    return {
      tool: id,
      pages: first.pages,
      errors: first.errors,
      meanMs: med((r) => r.meanMs),
      p95Ms: med((r) => r.p95Ms),
      mbPerS: med((r) => r.mbPerS),
      peakRssMb: med((r) => r.peakRssMb),
      peakHeapMb: med((r) => r.peakHeapMb),
      loadedRssMb: med((r) => r.loadedRssMb),
    }
  })
}

function print(setName: string, results: readonly Result[], rounds: number): void {
  const name = (id: string) => benchTools.find((t) => t.id === id)?.name ?? id
  const lines = [
    `${setName} (html), ${results[0]?.pages ?? 0} pages, ${rounds} round(s), each tool in its own process`,
    '',
    '| tool | mean ms | p95 ms | MB/s | peak RSS MB | RSS loaded MB | peak heap MB | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${name(r.tool)} | ${r.meanMs.toFixed(1)} | ${r.p95Ms.toFixed(1)} | ${r.mbPerS.toFixed(2)} | ${r.peakRssMb.toFixed(0)} | ${r.loadedRssMb.toFixed(0)} | ${r.peakHeapMb.toFixed(0)} | ${r.errors} |`,
    ),
  ]
  const ours = results.find((r) => r.tool === 'clean-article')
  const ratio = (id: string, label: string) => {
    const other = results.find((r) => r.tool === id)
    if (!ours || !other) return
    lines.push(
      `clean-article / ${label}: mean ${(ours.meanMs / other.meanMs).toFixed(2)}, p95 ${(ours.p95Ms / other.p95Ms).toFixed(2)}, peak RSS ${(ours.peakRssMb / other.peakRssMb).toFixed(2)}`,
    )
  }
  lines.push('')
  ratio('parse5', 'parse5 alone')
  ratio('readability-linkedom', 'Readability + linkedom')
  console.log(lines.join('\n'))
}

async function parent(argv: readonly string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      limit: { type: 'string' },
      warmup: { type: 'string' },
      tools: { type: 'string' },
      rounds: { type: 'string' },
      profile: { type: 'string' },
    },
  })
  const [setDir, ...rest] = positionals
  if (!setDir || rest.length) fail('give exactly one set folder')
  const whole = (name: string, value: string | undefined, fallback: number | null) => {
    if (value === undefined) return fallback
    const n = Number(value)
    if (!Number.isInteger(n) || n < 0) fail(`--${name} takes a whole number, got ${value}`)
    return n
  }
  const limit = whole('limit', values.limit, null)
  const set = openSet(setDir)
  const pages = (limit === null ? set.gold : set.gold.slice(0, limit)).map((row) => ({
    id: row.id,
    url: row.url ?? null,
  }))
  const warmup = whole('warmup', values.warmup, 5) ?? 5
  const rounds = Math.max(1, whole('rounds', values.rounds, 1) ?? 1)
  const ids = values.tools ? values.tools.split(',') : benchTools.map((t) => t.id)
  for (const id of ids) if (!benchTools.some((t) => t.id === id)) fail(`no tool ${id}`)
  const all: Result[][] = []
  for (let round = 0; round < rounds; round++) {
    const results: Result[] = []
    for (const tool of ids) {
      process.stderr.write(`round ${round + 1}: ${tool}…\n`)
      results.push(await runChild({ setDir: set.dir, tool, pages, warmup }, values.profile ?? null))
    }
    all.push(results)
  }
  print(set.name, fold(all), rounds)
}

if (process.argv[2] === '--child') {
  process.once('message', async (job) => {
    process.send?.(await child(job as Job))
    process.disconnect?.()
  })
} else {
  await parent(process.argv.slice(2))
}
