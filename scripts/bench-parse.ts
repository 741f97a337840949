/**
 * Parse time alone: parse5's `parse` against the fast tokenizer driving
 * parse5's parser (`src/html/fast-tokenizer.ts`, falling back to parse5 on
 * the pages it gives up on), on the same script-emptied pages, in
 * alternating rounds. Prints the mean CPU ms a page of each and their ratio.
 *
 *     npx tsx scripts/bench-parse.ts [--limit N] [--rounds N] <set-dir>
 */
import { parseArgs } from 'node:util'
import { parse } from 'parse5'
import { decode } from '../src/decode.js'
import { rawTextParts } from '../src/html/drop-raw-text.js'
import { fastParse } from '../src/html/fast-tokenizer.js'
import { openSet, readPage } from './lib/dataset.js'

const { values, positionals } = parseArgs({
  options: { limit: { type: 'string' }, rounds: { type: 'string' } },
  allowPositionals: true,
})
const set = openSet(positionals[0] ?? '')
const rows = set.gold.slice(0, Number(values.limit ?? 300))
const pages = rows.map((row) => rawTextParts(decode(readPage(set, row.id)).text))
const joined = pages.map((parts) => parts.join(''))
const OPTIONS = { scriptingEnabled: false }

function time(run: () => void): number {
  const start = process.cpuUsage()
  run()
  const { user, system } = process.cpuUsage(start)
  return (user + system) / 1e3 / pages.length
}
const slow = () => {
  for (const html of joined) parse(html, OPTIONS)
}
const fast = () => {
  for (let i = 0; i < pages.length; i++)
    fastParse(pages[i] as string[], false) ?? parse(joined[i] as string, OPTIONS)
}
slow()
fast()
const rounds = Number(values.rounds ?? 5)
let a = 0
let b = 0
for (let r = 0; r < rounds; r++) {
  const s = time(slow)
  const f = time(fast)
  a += s
  b += f
  console.log(
    `round ${r + 1}: parse5 ${s.toFixed(3)} ms, fast ${f.toFixed(3)} ms, ${(f / s).toFixed(3)} ×`,
  )
}
console.log(
  `mean of ${rounds}: parse5 ${(a / rounds).toFixed(3)} ms/page, fast ${(b / rounds).toFixed(3)} ms/page, ${(b / a).toFixed(3)} ×`,
)
