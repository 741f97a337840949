/**
 * The tree adapter's identity on real pages: for every page of the given
 * sets, the hast `parseHtml` builds through parse5's parser and our tree
 * adapter (src/html/hast-adapter.ts) must be the hast the parse stage made
 * before, from parse5's default tree converted after parsing
 * (test/hast-reference.ts): same nodes, keys, properties, template
 * contents, root data and worded elements. Prints the pages checked and
 * every page whose tree differs, with the first difference; exits with 1
 * when any does.
 *
 *     npx tsx scripts/hast-adapter-check.ts [--limit N] <set-dir>…
 */
import { isDeepStrictEqual, parseArgs } from 'node:util'
import { decode } from '../src/decode.js'
import { parseHtml } from '../src/html/parse.js'
import { hastDifference, referenceHast } from '../test/hast-reference.js'
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
  for (const row of set.gold.slice(0, limit)) {
    const html = decode(readPage(set, row.id)).text
    const ours = parseHtml(html)
    const reference = referenceHast(html)
    checked++
    const difference = hastDifference(ours, reference)
    if (difference !== null || !isDeepStrictEqual(ours, reference)) {
      bad++
      console.log(`DIFFERS ${dir} ${row.id} ${difference ?? '(deep equality)'}`)
    }
  }
  console.log(`${dir}: ${checked} pages`)
}
console.log(bad === 0 ? 'all trees identical' : `${bad} pages differ`)
process.exit(bad === 0 ? 0 : 1)
