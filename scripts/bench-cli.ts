/**
 * Throughput and memory of `clean-article --jsonl` on a large batch.
 *
 *     npm run bench:cli -- [--lines 100000] [--jobs N] [--cli dist/cli.js]
 *
 * Generates small pages on the fly (HTML and plain text, each a few hundred
 * words with navigation, share and footer boilerplate), pipes them as JSON
 * lines into the built CLI, counts the lines it writes, and samples the
 * child's resident memory from /proc (Linux) as the batch goes: its peak
 * (VmHWM) and the RSS at each tenth of the batch, to show that memory stays
 * flat. The figures in docs/cli.md come from here.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '100000' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    cli: { type: 'string', default: join(import.meta.dirname, '..', 'dist', 'cli.js') },
  },
})
const LINES = Number(values.lines)
const JOBS = Number(values.jobs)

const WORDS =
  'council budget river school library harbour festival market bridge winter station garden museum election rail orchard volunteer'.split(
    ' ',
  )

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length])
  return `The ${words.join(' ')} was discussed on Tuesday by the people of the town, who said it mattered to them.`
}

/** One small page, HTML or plain text by turns, varied by its number. */
function record(i: number): string {
  const paragraphs = Array.from({ length: 3 + (i % 4) }, (_, p) =>
    sentence(i + p, 8 + ((i + p) % 9)),
  )
  const title = `Town news number ${i}: the ${WORDS[i % WORDS.length]} question`
  if (i % 2 === 0) {
    const html = `<!doctype html><html lang="en"><head><title>${title} | Town Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>${title}</h1><p class="byline">By Ann Writer</p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
<div class="share">Share on Facebook Share on X</div></article>
<footer>© 2024 Town Gazette. All rights reserved. Privacy policy</footer></body></html>`
    return `${JSON.stringify({ id: i, url: `https://gazette.example/news/${i}`, html })}\n`
  }
  const text = [
    title,
    'By Ann Writer',
    ...paragraphs,
    'Share this article',
    'Sign up for our newsletter',
  ].join('\n\n')
  return `${JSON.stringify({ id: i, text })}\n`
}

let bytesIn = 0

function* batch(): Generator<string> {
  for (let i = 0; i < LINES; i++) {
    const line = record(i)
    bytesIn += Buffer.byteLength(line)
    yield line
  }
}

/** Resident and peak resident memory of a process, in MB, from /proc; null elsewhere. */
function memoryOf(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const field = (name: string) =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) / 1024
    return { rss: field('VmRSS'), peak: field('VmHWM') }
  } catch {
    return null
  }
}

async function main(): Promise<void> {
  const started = performance.now()
  const child = spawn(process.execPath, [values.cli, '--jsonl', '-', '--jobs', String(JOBS)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  Readable.from(batch()).pipe(child.stdin)

  let linesOut = 0
  let errors = 0
  let tail = ''
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => {
    const text = tail + chunk
    const lines = text.split('\n')
    tail = lines.pop() ?? ''
    linesOut += lines.length
    for (const line of lines) if (line.startsWith('{"line"')) errors += 1
  })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))

  let peak = 0
  const rssAt = new Map<number, number>()
  const sampler = setInterval(() => {
    const memory = child.pid === undefined ? null : memoryOf(child.pid)
    if (memory === null) return
    peak = Math.max(peak, memory.peak)
    const tenth = Math.floor((linesOut / LINES) * 10)
    if (!rssAt.has(tenth)) rssAt.set(tenth, memory.rss)
  }, 100)

  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearInterval(sampler)
  const seconds = (performance.now() - started) / 1000

  const mb = (n: number) => `${n.toFixed(0)} MB`
  console.log(
    `clean-article --jsonl - --jobs ${JOBS}: ${LINES.toLocaleString('en')} lines, ${mb(bytesIn / 2 ** 20)} in`,
  )
  console.log(`  exit ${code}, ${linesOut.toLocaleString('en')} lines out, ${errors} error records`)
  console.log(
    `  ${seconds.toFixed(1)} s, ${Math.round(linesOut / seconds).toLocaleString('en')} lines/s`,
  )
  if (peak > 0) {
    console.log(`  peak RSS ${mb(peak)}`)
    const curve = [...rssAt.entries()].sort((a, b) => a[0] - b[0])
    console.log(
      `  RSS by tenth of the batch: ${curve.map(([t, rss]) => `${t * 10}% ${mb(rss)}`).join(', ')}`,
    )
  } else {
    console.log('  (memory: /proc not available)')
  }
  if (stderr) console.log(`  stderr: ${stderr.slice(0, 500)}`)
  if (code !== 0 || linesOut !== LINES) process.exitCode = 1
}

await main()
