/**
 * What each rule earns: run the sets with all of `recommended`, then with
 * each rule left out, and print the change of the main figures.
 * usage: npx tsx scripts/ablate.ts <set-dir>[,<set-dir>…] [--format html|text] [--limit N]
 */
import { parseArgs } from 'node:util'
import { cleanArticle, recommended } from '../src/index.js'
import type { Rule } from '../src/types.js'
import { openSet, readPage, readText } from './lib/dataset.js'
import { type PredictionRow, score } from './lib/metrics.js'
import { fieldsOf } from './lib/prediction.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string' }, limit: { type: 'string' } },
})
const format = values.format === 'text' ? 'text' : 'html'
const limit = values.limit ? Number(values.limit) : Number.POSITIVE_INFINITY
const sets = positionals.flatMap((p) => p.split(',')).map((dir) => openSet(dir))
if (sets.length === 0) {
  console.error(
    'usage: npx tsx scripts/ablate.ts <set-dir>[,<set-dir>…] [--format html|text] [--limit N]',
  )
  process.exit(2)
}

const inputs = sets.map((set) =>
  set.gold.slice(0, limit).map((row) => ({
    row,
    input: format === 'html' ? readPage(set, row.id) : readText(set, row.id),
  })),
)

function figures(rules: readonly Rule[]): number[] {
  const out: number[] = []
  sets.forEach((set, i) => {
    const pages = inputs[i] ?? []
    const predictions: PredictionRow[] = pages.map(({ row, input }) => {
      const a = cleanArticle(input, { format, rules, ...(row.url ? { url: row.url } : {}) })
      return { id: row.id, ...fieldsOf(a) }
    })
    const { summary } = score(
      pages.map((p) => p.row),
      predictions,
    )
    if (summary.words) out.push(summary.words.f1)
    if (summary.snippets) out.push(summary.snippets.f1)
    void set
  })
  return out
}

const labels = sets.flatMap((set) => {
  const hasText = set.gold.some((g) => typeof g.text === 'string')
  const hasSnippets = set.gold.some((g) => Array.isArray(g.with))
  return [...(hasText ? [`${set.name} word`] : []), ...(hasSnippets ? [`${set.name} snippet`] : [])]
})
const base = figures(recommended)
console.log(['rule left out'.padEnd(22), ...labels.map((l) => l.padStart(26))].join(''))
console.log(['(none)'.padEnd(22), ...base.map((v) => v.toFixed(4).padStart(26))].join(''))
for (const rule of recommended) {
  const without = figures(recommended.filter((r) => r !== rule))
  const cells = without.map((v, i) => {
    const delta = (base[i] ?? 0) - v
    return `${v.toFixed(4)} (${delta >= 0 ? '+' : ''}${delta.toFixed(4)})`.padStart(26)
  })
  console.log([rule.id.padEnd(22), ...cells].join(''))
}
