/**
 * Linearity check: times `cleanArticle` on generated pages of growing size
 * and prints a markdown table (ms and MB/s per size), so that growth out of
 * proportion to the input shows as falling MB/s.
 *
 *   npm run bench:sizes            # HTML pages, 10 KB to 20 MB
 *   npm run bench:sizes -- --text  # the same pages as plain text
 *
 * The page is a realistic article unit (heading, byline, paragraphs, a
 * figure, related links, a share box) repeated to size inside one
 * `<main>`, with a header, navigation and footer around it. Each size runs
 * `--runs` times (default 3, once for 5 MB and up) after a warm-up; the
 * best run is reported.
 */
import { performance } from 'node:perf_hooks'
import { cleanArticle } from '../src/index.js'

const SIZES = [
  ['10 KB', 10 * 1024],
  ['100 KB', 100 * 1024],
  ['1 MB', 1024 * 1024],
  ['5 MB', 5 * 1024 * 1024],
  ['20 MB', 20 * 1024 * 1024],
] as const

const P1 =
  'The city council voted on Tuesday night to approve a new budget for the coming year, ending weeks of debate over funding for parks, roads and public safety.'
const P2 =
  'Opponents argued that the increase would be a burden for seniors on fixed incomes, while supporters said that the repairs could not wait any longer.'

function unit(i: number): string {
  return `<section class="story" id="s${i}"><h2>Council approves budget, part ${i}</h2>
<p class="byline">By Jane Smith</p><p>${P1}</p><p>${P2} (${i})</p>
<figure><img src="/img/${i}.jpg" alt=""><figcaption>The council chamber. Photo: Jane Doe</figcaption></figure>
<p>${P1.replace('Tuesday', 'Monday')}</p>
<ul class="related"><li><a href="/a/${i}">Related story one</a></li><li><a href="/b/${i}">Related story two</a></li></ul>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a></div></section>\n`
}

/** An HTML page of about `bytes` characters. */
export function htmlPage(bytes: number): string {
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Budget approved | The Town Crier</title></head><body>
<header><a href="/">The Town Crier</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header><main>\n`
  const tail = `</main><footer><p>© 2024 The Town Crier. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`
  const parts = [head]
  let size = head.length + tail.length
  for (let i = 0; size < bytes; i++) {
    const u = unit(i)
    parts.push(u)
    size += u.length
  }
  parts.push(tail)
  return parts.join('')
}

/** The same page as a scraper's plain text: one block per line. */
export function textPage(bytes: number): string {
  const lines = ['Budget approved | The Town Crier', 'News', 'Sport', '']
  let size = 40
  for (let i = 0; size < bytes; i++) {
    const block = `Council approves budget, part ${i}\nBy Jane Smith\n${P1}\n${P2} (${i})\nThe council chamber. Photo: Jane Doe\n${P1.replace('Tuesday', 'Monday')}\nRelated story one\nRelated story two\nShare Tweet\n`
    lines.push(block)
    size += block.length
  }
  lines.push('© 2024 The Town Crier. All rights reserved.')
  return lines.join('\n')
}

function main(): void {
  const text = process.argv.includes('--text')
  const runsAt = process.argv.indexOf('--runs')
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3
  const make = text ? textPage : htmlPage
  cleanArticle(make(50 * 1024)) // warm-up
  const rows: string[] = []
  let firstRate = 0
  for (const [label, bytes] of SIZES) {
    const input = make(bytes)
    const times: number[] = []
    for (let r = 0; r < (bytes >= 5 * 1024 * 1024 ? 1 : runs); r++) {
      const start = performance.now()
      const article = cleanArticle(input)
      times.push(performance.now() - start)
      if (article.wordCount === 0) throw new Error(`no text kept at ${label}`)
    }
    const ms = Math.min(...times)
    const rate = input.length / 1024 / 1024 / (ms / 1000)
    if (firstRate === 0) firstRate = rate
    rows.push(
      `| ${label} | ${input.length.toLocaleString('en')} | ${ms.toFixed(1)} | ${rate.toFixed(2)} | ${(rate / firstRate).toFixed(2)} |`,
    )
  }
  console.log(
    `${text ? 'Plain text' : 'HTML'}, Node ${process.version}, best of ${runs} (one run from 5 MB)\n`,
  )
  console.log('| size | characters | ms | MB/s | MB/s vs 10 KB |')
  console.log('| --- | --- | --- | --- | --- |')
  for (const row of rows) console.log(row)
}

main()
