/**
 * Idempotence of text mode over real output (issue 7): every page of a set is
 * cleaned from its HTML (or, with `--from text`, from its text file), then
 * the result's title and text are cleaned again as plain text. Prints the
 * share of pages whose second-pass text equals the first's, the share of
 * the first pass's words (a bag, lower-cased) found in the second's, and
 * the words each rule drops in the second pass.
 *
 *     npx tsx scripts/idempotence.ts <set-dir>… [--from html|text] [--limit N]
 */
import { parseArgs } from 'node:util'
import { cleanArticle } from '../src/index.js'
import { openSet, readPage, readText } from './lib/dataset.js'

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { from: { type: 'string' }, limit: { type: 'string' } },
})
const from = values.from ?? 'html'
if ((from !== 'html' && from !== 'text') || positionals.length === 0) {
  console.error('usage: npx tsx scripts/idempotence.ts <set-dir>… [--from html|text] [--limit N]')
  process.exit(2)
}
/** Words as METRICS.md counts them, lower-cased. */
const wordsOf = (text: string): string[] =>
  text.toLowerCase().match(/[\p{L}\p{N}\p{Mn}\p{Mc}_]+/gu) ?? []
function bagOf(text: string): Map<string, number> {
  const bag = new Map<string, number>()
  for (const word of wordsOf(text)) bag.set(word, (bag.get(word) ?? 0) + 1)
  return bag
}
const limit = values.limit === undefined ? Number.POSITIVE_INFINITY : Number(values.limit)

for (const dir of positionals) {
  const set = openSet(dir)
  let pages = 0
  let unchanged = 0
  let firstWords = 0
  let secondWords = 0
  const byRule = new Map<string, number>()
  for (const row of set.gold.slice(0, limit)) {
    const input = from === 'html' ? readPage(set, row.id) : readText(set, row.id)
    const first = cleanArticle(input, { format: from })
    const again = first.title === null ? first.text : `${first.title}\n\n${first.text}`
    const second = cleanArticle(again, { format: 'text' })
    pages++
    if (second.text === first.text) unchanged++
    const kept = bagOf(second.text)
    for (const word of wordsOf(first.text)) {
      firstWords++
      const n = kept.get(word) ?? 0
      if (n > 0) {
        secondWords++
        kept.set(word, n - 1)
      }
    }
    for (const r of second.removed) {
      const words = r.text.split(/\s+/u).filter(Boolean).length
      byRule.set(r.rule, (byRule.get(r.rule) ?? 0) + words)
    }
  }
  const share = (n: number, d: number): string => (d ? (n / d).toFixed(3) : '—')
  console.log(
    `${set.name} (from ${from}): ${pages} pages, unchanged ${unchanged} (${share(unchanged, pages)}), words kept ${share(secondWords, firstWords)} (${secondWords} of ${firstWords})`,
  )
  const rules = [...byRule].sort((a, b) => b[1] - a[1])
  for (const [rule, words] of rules) console.log(`  ${rule}: ${words} words dropped`)
}
