/**
 * Figures of the last `scripts/eval.ts` run of a set, per half of its pages
 * (`scripts/lib/halves.ts`): the held-out half is the one the line model was
 * not fitted on.
 *
 *     npx tsx scripts/halves.ts .eval/wcxb-dev-text.jsonl
 */
import { readJsonl } from './lib/dataset.js'
import { halfOf } from './lib/halves.js'
import type { PageResult } from './lib/metrics.js'

function figures(pages: readonly PageResult[]): string {
  const words = pages.flatMap((p) => (p.words ? [p.words.f1] : []))
  let tp = 0
  let fp = 0
  let fn = 0
  for (const p of pages) {
    tp += p.snippets?.withFound ?? 0
    fn += p.snippets?.withMissed ?? 0
    fp += p.snippets?.withoutFound ?? 0
  }
  const word = words.length ? (words.reduce((s, v) => s + v, 0) / words.length).toFixed(4) : '—'
  const snippet = tp + fp + fn ? ((2 * tp) / (2 * tp + fp + fn)).toFixed(4) : '—'
  return `${pages.length} pages, word F1 ${word}, snippet F1 ${snippet}`
}

const file = process.argv[2]
if (!file) {
  console.error('usage: npx tsx scripts/halves.ts .eval/<set>-<format>.jsonl')
  process.exit(2)
}
const pages = readJsonl<PageResult>(file)
console.log(`all:  ${figures(pages)}`)
console.log(`even: ${figures(pages.filter((p) => halfOf(p.id) === 'even'))}`)
console.log(`odd:  ${figures(pages.filter((p) => halfOf(p.id) === 'odd'))}`)
