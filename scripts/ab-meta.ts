/**
 * CPU time of the metadata stage alone (`readMetadata` on a freshly parsed
 * tree), this checkout against another checkout, as `ab-cpu.ts` does for the
 * whole pipeline: each side parses the page with its own `parseHtml`, and
 * only the metadata read is timed. Each page is read `--trials` times by
 * each side (taking turns) and its least time kept: on a loaded machine the
 * least of a few is far steadier than a sum.
 *
 *     npx tsx scripts/ab-meta.ts <set-dir> <baseline-checkout> [--limit N] [--rounds N] [--trials N]
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import type { Root } from 'hast'
import { decode } from '../src/decode.js'
import { readMetadata } from '../src/html/metadata.js'
import { parseHtml } from '../src/html/parse.js'
import { openSet, readPage } from './lib/dataset.js'

interface Side {
  readonly parse: (html: string) => Root
  readonly read: (root: Root, url: string | null) => unknown
}

const usage =
  'usage: npx tsx scripts/ab-meta.ts <set-dir> <baseline-checkout> [--limit N] [--rounds N] [--trials N]'
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    limit: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '3' },
    trials: { type: 'string', default: '5' },
  },
})
const [setDir, baseDir] = positionals
if (setDir === undefined || baseDir === undefined) {
  console.error(usage)
  process.exit(2)
}
const load = async (file: string) => import(pathToFileURL(resolve(baseDir, file)).href)
const theirs: Side = {
  parse: (await load('src/html/parse.ts')).parseHtml,
  read: (await load('src/html/metadata.ts')).readMetadata,
}
const ours: Side = { parse: parseHtml, read: readMetadata }

const set = openSet(setDir)
const pages = set.gold.slice(0, Number(values.limit)).map((row) => ({
  html: decode(readPage(set, row.id)).text,
  url: row.url ?? null,
}))

function cpu(side: Side, page: { html: string; url: string | null }): number {
  const root = side.parse(page.html)
  const start = process.cpuUsage()
  side.read(root, page.url)
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

for (const page of pages.slice(0, 20)) {
  cpu(ours, page)
  cpu(theirs, page)
}
const trials = Number(values.trials)
const ratios: number[] = []
for (let round = 0; round < Number(values.rounds); round++) {
  let a = 0
  let b = 0
  pages.forEach((page, index) => {
    let least = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
    for (let trial = 0; trial < trials; trial++) {
      const first = (index + round + trial) % 2 === 0
      const x = first ? cpu(ours, page) : 0
      const y = cpu(theirs, page)
      const z = first ? x : cpu(ours, page)
      least = [Math.min(least[0] as number, z), Math.min(least[1] as number, y)]
    }
    a += least[0] as number
    b += least[1] as number
  })
  ratios.push(a / b)
  console.log(
    `round ${round + 1}: this ${a.toFixed(0)} ms, base ${b.toFixed(0)} ms, ${(a / b).toFixed(3)}`,
  )
}
const sorted = [...ratios].sort((x, y) => x - y)
console.log(`median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(3)}`)
