/**
 * CPU time of this checkout against another checkout of the library, on the
 * same pages, in one process, taking turns page by page (which goes first
 * alternates), so that both see the same machine load.
 *
 *     npx tsx scripts/ab-cpu.ts <set-dir> <baseline-checkout> [--limit N] [--rounds N] [--html] [--text]
 *
 * `--html` also reads each article's `html` (written on first read); `--text`
 * cleans each page's text file as plain text (`format: 'text'`). Prints,
 * per round, the total CPU milliseconds of each side and their ratio
 * (this / baseline), then the median ratio. Wall-clock benches move with the
 * load of other processes on a shared machine; CPU time much less.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { decode } from '../src/decode.js'
import { cleanArticle } from '../src/index.js'
import { alternateRounds, cpuMs } from './lib/ab-rounds.js'
import { openSet, readPage, readText } from './lib/dataset.js'

type Clean = (
  input: string,
  options?: { url?: string | null; format?: 'text' },
) => { html: string; text: string }

const usage =
  'usage: npx tsx scripts/ab-cpu.ts <set-dir> <baseline-checkout> [--limit N] [--rounds N] [--html] [--text]'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    limit: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '3' },
    html: { type: 'boolean', default: false },
    text: { type: 'boolean', default: false },
  },
})
const [setDir, baseDir] = positionals
if (setDir === undefined || baseDir === undefined) {
  console.error(usage)
  process.exit(2)
}
const limit = Number(values.limit)
const rounds = Number(values.rounds)

const baseModule = (await import(pathToFileURL(resolve(baseDir, 'src/index.ts')).href)) as {
  cleanArticle: Clean
}
const ours = cleanArticle as unknown as Clean
const theirs = baseModule.cleanArticle

const set = openSet(setDir)
const pages = set.gold.slice(0, limit).map((row) => ({
  html: values.text ? readText(set, row.id) : decode(readPage(set, row.id)).text,
  url: row.url ?? null,
}))

function cpu(run: Clean, page: { html: string; url: string | null }, html: boolean): number {
  return cpuMs(() => {
    const article = run(
      page.html,
      values.text ? { url: page.url, format: 'text' } : { url: page.url },
    )
    if (html) void article.html.length
  })
}

alternateRounds(
  pages,
  rounds,
  (page) => cpu(ours, page, values.html),
  (page) => cpu(theirs, page, values.html),
)
