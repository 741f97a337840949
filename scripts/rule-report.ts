/**
 * Which rules drop article text: for every removal on a set with gold text,
 * whether the removed text stands in the gold body (a wrong drop) or not.
 * usage: npx tsx scripts/rule-report.ts <set-dir> [--format html|text] [--rule id] [--show N]
 */
import { parseArgs } from 'node:util'
import { cleanArticle } from '../src/index.js'
import { openSet, readPage, readText } from './lib/dataset.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string' }, rule: { type: 'string' }, show: { type: 'string' } },
})
const dir = positionals[0]
if (!dir) {
  console.error(
    'usage: npx tsx scripts/rule-report.ts <set-dir> [--format html|text] [--rule id] [--show N]',
  )
  process.exit(2)
}
const format = values.format === 'text' ? 'text' : 'html'
const show = Number(values.show ?? 0)
const set = openSet(dir)
const norm = (s: string) => s.replace(/\s+/g, ' ').trim()

interface Tally {
  drops: number
  wrong: number
  wrongWords: number
  examples: string[]
}
const tallies = new Map<string, Tally>()
for (const row of set.gold) {
  if (typeof row.text !== 'string' || row.text === '') continue
  const input = format === 'html' ? readPage(set, row.id) : readText(set, row.id)
  const article = cleanArticle(input, { format, ...(row.url ? { url: row.url } : {}) })
  const gold = norm(row.text)
  for (const r of article.removed) {
    if (values.rule && r.rule !== values.rule) continue
    const t = tallies.get(r.rule) ?? { drops: 0, wrong: 0, wrongWords: 0, examples: [] }
    tallies.set(r.rule, t)
    t.drops++
    const text = norm(r.text)
    if (text.length >= 20 && gold.includes(text)) {
      t.wrong++
      t.wrongWords += text.split(' ').length
      if (t.examples.length < show) t.examples.push(`${row.id} [${r.reason}] ${text.slice(0, 140)}`)
    }
  }
}
console.log(
  'rule'.padEnd(22),
  'drops'.padStart(7),
  'in gold'.padStart(8),
  'gold words lost'.padStart(16),
)
for (const [rule, t] of [...tallies].sort((a, b) => b[1].wrongWords - a[1].wrongWords)) {
  console.log(
    rule.padEnd(22),
    String(t.drops).padStart(7),
    String(t.wrong).padStart(8),
    String(t.wrongWords).padStart(16),
  )
  for (const e of t.examples) console.log('    ', e)
}
