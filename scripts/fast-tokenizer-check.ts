/**
 * The fast tokenizer's tree identity on real pages: for every page of the
 * given sets, the document built with `src/html/fast-tokenizer.ts` must be
 * the one parse5 builds alone (same dump, `test/tree-dump.ts`), from the
 * same script-emptied parts `parseHtml` reads. Prints the pages checked,
 * the pages the tokenizer gave up on (parse5 alone parsed them), and every
 * page whose tree differs; exits with 1 when any does.
 *
 *     npx tsx scripts/fast-tokenizer-check.ts [--limit N] <set-dir>…
 */
import { parseArgs } from 'node:util'
import { parse } from 'parse5'
import { decode } from '../src/decode.js'
import { rawTextParts } from '../src/html/drop-raw-text.js'
import { fastParse } from '../src/html/fast-tokenizer.js'
import { dumpTree } from '../test/tree-dump.js'
import { openSet, readPage } from './lib/dataset.js'

const { values, positionals } = parseArgs({
  options: { limit: { type: 'string' } },
  allowPositionals: true,
})
const limit = values.limit === undefined ? Number.POSITIVE_INFINITY : Number(values.limit)
let bad = 0
for (const dir of positionals) {
  const set = openSet(dir)
  let checked = 0
  let gaveUp = 0
  for (const row of set.gold.slice(0, limit)) {
    const html = decode(readPage(set, row.id)).text
    const parts = rawTextParts(html)
    const fast = fastParse(parts, false)
    checked++
    if (fast === null) {
      gaveUp++
      continue
    }
    const slow = parse(parts.join(''), { scriptingEnabled: false })
    if (dumpTree(fast) !== dumpTree(slow)) {
      bad++
      console.log(`DIFFERS ${dir} ${row.id}`)
    }
  }
  console.log(
    `${dir}: ${checked} pages, ${gaveUp} given up (${((100 * gaveUp) / checked).toFixed(1)} %)`,
  )
}
console.log(bad === 0 ? 'all trees identical' : `${bad} pages differ`)
process.exit(bad === 0 ? 0 : 1)
