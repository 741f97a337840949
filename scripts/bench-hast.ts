/**
 * The parse stage's CPU time, HTML → hast: this checkout's `parseHtml`
 * against another checkout's, on the same pages, in one process, taking
 * turns page by page (which goes first alternates), as scripts/ab-cpu.ts
 * does for the whole pipeline. Each side loads its own parse5, so neither
 * side's tree adapter makes the other's parser calls polymorphic. Prints
 * per round the total CPU milliseconds of each side and their ratio
 * (this / baseline), then the median ratio.
 *
 *     npx tsx scripts/bench-hast.ts <set-dir> <baseline-checkout> [--limit N] [--rounds N]
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { decode } from '../src/decode.js'
import { parseHtml } from '../src/html/parse.js'
import { alternateRounds, cpuMs } from './lib/ab-rounds.js'
import { openSet, readPage } from './lib/dataset.js'

type Parse = (html: string) => unknown

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string', default: '300' }, rounds: { type: 'string', default: '5' } },
})
const [setDir, baseDir] = positionals
if (setDir === undefined || baseDir === undefined) {
  console.error(
    'usage: npx tsx scripts/bench-hast.ts <set-dir> <baseline-checkout> [--limit N] [--rounds N]',
  )
  process.exit(2)
}
const baseModule = (await import(pathToFileURL(resolve(baseDir, 'src/html/parse.ts')).href)) as {
  parseHtml: Parse
}
const ours: Parse = parseHtml
const theirs = baseModule.parseHtml
const set = openSet(setDir)
const pages = set.gold
  .slice(0, Number(values.limit))
  .map((row) => decode(readPage(set, row.id)).text)

alternateRounds(
  pages,
  Number(values.rounds),
  (html) => cpuMs(() => ours(html)),
  (html) => cpuMs(() => theirs(html)),
)
