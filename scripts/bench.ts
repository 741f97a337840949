/**
 * Speed and peak memory of clean-article beside parse5 alone (the floor:
 * every HTML tool here parses first) and its peers, on the same pages.
 *
 *     npm run bench -- ../shared/data/wcxb-dev [--limit N] [--warmup N]
 *       [--tools parse5,clean-article,…] [--rounds N] [--profile dir] [--baseline dir] [--together]
 *
 * Each tool runs in its own child process, so that its peak memory is its
 * own: `process.resourceUsage().maxRSS` at the end (and the RSS once the
 * tool is loaded, before any page), and the largest
 * `heapUsed` seen after a page. The child decodes each page (untimed), runs
 * `--warmup` pages untimed first, then times every page. MB/s is UTF-8
 * megabytes of decoded input per second of the tool's time. With `--rounds`
 * the tools run in turn that many times and each figure is the median
 * round's. `--profile dir` writes a V8 CPU profile of each child there.
 * `--together` runs the tools in one process instead, taking turns on each
 * page (each page starting with the next tool): on a busy machine their times are then comparable, but memory is
 * no tool's own and is not shown.
 * `--baseline dir` adds another checkout of the library (its `src/index.ts`,
 * say the commit before a change) as a tool, to time a change in one run.
 */
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { decode } from '../src/decode.js'
import { type BenchRun, benchTools } from './lib/bench-tools.js'
import { openSet, readPage } from './lib/dataset.js'

interface Job {
  readonly setDir: string
  /** Several tools take turns on each page (`--together`): fair times, no memory figures. */
  readonly tools: readonly string[]
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
  /** Memory figures are null when the tool shared its process (`--together`). */
  readonly peakRssMb: number | null
  readonly peakHeapMb: number | null
  /** RSS once the tool is loaded, before the first page. */
  readonly loadedRssMb: number | null
}

const usage =
  'usage: npm run bench -- <set-dir> [--limit N] [--warmup N] [--tools id,…] [--rounds N]\n' +
  '                         [--profile dir] [--baseline dir] [--together]'

function fail(message: string): never {
  console.error(`${message}\n${usage}`)
  process.exit(2)
}

const MB = 1024 * 1024

// ---- the child: its tools over the pages ------------------------------------

async function child(job: Job): Promise<Result[]> {
  const runs: BenchRun[] = []
  for (const id of job.tools) {
    const tool = benchTools.find((t) => t.id === id)
    if (!tool) throw new Error(`no tool ${id}`)
    runs.push(await tool.load())
  }
  const loadedRss = process.memoryUsage().rss
  const set = { dir: job.setDir }
  const gold = job.pages
  // Defuddle and jsdom report on the console; the table is all we print.
  for (const name of ['log', 'error', 'warn', 'info', 'debug'] as const) console[name] = () => {}
  const once = async (run: BenchRun, html: string, url: string | null): Promise<number> => {
    const start = performance.now()
    const out = run(html, url)
    if (out instanceof Promise) await out
    return performance.now() - start
  }
  for (const row of gold.slice(0, job.warmup)) {
    const html = decode(readPage(set, row.id)).text
    for (const run of runs) {
      try {
        await once(run, html, row.url ?? null)
      } catch {}
    }
  }
  const times: number[][] = runs.map(() => [])
  const bytes = runs.map(() => 0)
  const errors = runs.map(() => 0)
  let peakHeap = 0
  for (const [page, row] of gold.entries()) {
    const html = decode(readPage(set, row.id)).text
    // Each page starts with the next tool: none always runs amid another's garbage.
    for (let turn = 0; turn < runs.length; turn++) {
      const i = (turn + page) % runs.length
      const run = runs[i] as BenchRun
      try {
        times[i]?.push(await once(run, html, row.url ?? null))
        bytes[i] = (bytes[i] ?? 0) + Buffer.byteLength(html)
      } catch {
        errors[i] = (errors[i] ?? 0) + 1
      }
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
      // Let the event loop turn: a closed jsdom window is only freed once it has.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  // Memory is a tool's own only when it ran alone.
  const alone = runs.length === 1
  return job.tools.map((tool, i) => {
    const mine = times[i] ?? []
    const sorted = [...mine].sort((a, b) => a - b)
    const total = mine.reduce((sum, ms) => sum + ms, 0)
    return {
      tool,
      pages: mine.length,
      errors: errors[i] ?? 0,
      meanMs: total / Math.max(1, mine.length),
      p95Ms: sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)] ?? 0,
      mbPerS: (bytes[i] ?? 0) / MB / (total / 1000),
      // maxRSS is in kilobytes.
      peakRssMb: alone ? (process.resourceUsage().maxRSS * 1024) / MB : null,
      peakHeapMb: alone ? peakHeap / MB : null,
      loadedRssMb: alone ? loadedRss / MB : null,
    }
  })
}

// ---- the parent: one child per tool, one table -------------------------------

function runChild(job: Job, profile: string | null): Promise<Result[]> {
  const execArgv = [...process.execArgv]
  if (profile) execArgv.push('--cpu-prof', `--cpu-prof-dir=${profile}`)
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(import.meta.url), ['--child'], { execArgv })
    proc.send(job)
    let result: Result[] | null = null
    proc.on('message', (message) => {
      result = message as Result[]
    })
    proc.on('error', reject)
    proc.on('exit', (code) => {
      if (result) resolve(result)
      else reject(new Error(`${job.tools.join(',')}: child exited with ${code} and no result`))
    })
  })
}

const median = (values: (number | null)[]) => {
  if (values.some((value) => value === null)) return null
  const sorted = [...(values as number[])].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0
}

/** Each tool's rounds folded into one row: the median of every figure. */
function fold(rounds: readonly Result[][]): Result[] {
  const ids = rounds[0]?.map((r) => r.tool) ?? []
  return ids.map((id) => {
    const mine = rounds.map((round) => round.find((r) => r.tool === id) as Result)
    const first = mine[0] as Result
    const med = (pick: (r: Result) => number | null) => median(mine.map(pick))
    const num = (pick: (r: Result) => number) => median(mine.map(pick)) ?? 0
    return {
      tool: id,
      pages: first.pages,
      errors: first.errors,
      meanMs: num((r) => r.meanMs),
      p95Ms: num((r) => r.p95Ms),
      mbPerS: num((r) => r.mbPerS),
      peakRssMb: med((r) => r.peakRssMb),
      peakHeapMb: med((r) => r.peakHeapMb),
      loadedRssMb: med((r) => r.loadedRssMb),
    }
  })
}

const mb = (value: number | null) => (value === null ? '—' : value.toFixed(0))

function print(
  setName: string,
  results: readonly Result[],
  rounds: number,
  together: boolean,
): void {
  const name = (id: string) => benchTools.find((t) => t.id === id)?.name ?? id
  const lines = [
    `${setName} (html), ${results[0]?.pages ?? 0} pages, ${rounds} round(s), ${together ? 'the tools taking turns in one process' : 'each tool in its own process'}`,
    '',
    '| tool | mean ms | p95 ms | MB/s | peak RSS MB | RSS loaded MB | peak heap MB | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${name(r.tool)} | ${r.meanMs.toFixed(1)} | ${r.p95Ms.toFixed(1)} | ${r.mbPerS.toFixed(2)} | ${mb(r.peakRssMb)} | ${mb(r.loadedRssMb)} | ${mb(r.peakHeapMb)} | ${r.errors} |`,
    ),
  ]
  const ours = results.find((r) => r.tool === 'clean-article')
  const ratio = (id: string, label: string) => {
    const other = results.find((r) => r.tool === id)
    if (!ours || !other) return
    lines.push(
      `clean-article / ${label}: mean ${(ours.meanMs / other.meanMs).toFixed(2)}, p95 ${(ours.p95Ms / other.p95Ms).toFixed(2)}, peak RSS ${ours.peakRssMb === null || !other.peakRssMb ? '—' : (ours.peakRssMb / other.peakRssMb).toFixed(2)}`,
    )
  }
  lines.push('')
  ratio('parse5', 'parse5 alone')
  ratio('baseline', 'baseline')
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
      baseline: { type: 'string' },
      together: { type: 'boolean' },
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
  const ids = values.tools
    ? values.tools.split(',')
    : benchTools.filter((t) => t.id !== 'baseline').map((t) => t.id)
  if (values.baseline) {
    process.env.BENCH_BASELINE = values.baseline
    if (!ids.includes('baseline')) ids.splice(ids.indexOf('clean-article') + 1, 0, 'baseline')
  }
  for (const id of ids) if (!benchTools.some((t) => t.id === id)) fail(`no tool ${id}`)
  const all: Result[][] = []
  for (let round = 0; round < rounds; round++) {
    const results: Result[] = []
    const groups = values.together ? [ids] : ids.map((id) => [id])
    for (const tools of groups) {
      process.stderr.write(`round ${round + 1}: ${tools.join(', ')}…\n`)
      results.push(
        ...(await runChild({ setDir: set.dir, tools, pages, warmup }, values.profile ?? null)),
      )
    }
    all.push(results)
  }
  print(set.name, fold(all), rounds, values.together === true)
}

if (process.argv[2] === '--child') {
  process.once('message', async (job) => {
    process.send?.(await child(job as Job))
    process.disconnect?.()
  })
} else {
  await parent(process.argv.slice(2))
}
