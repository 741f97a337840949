/**
 * Compare two runs of `scripts/eval.ts` page by page: the per-page rows it
 * writes to `.eval/<set>-<format>.jsonl` (copy one aside before a change).
 *
 *     npx tsx scripts/eval-diff.ts before.jsonl after.jsonl [--top N]
 *
 * Prints the mean word F1 (or snippet counts) of each side by page type, how
 * many pages won and lost, the pages that moved most, and the metadata
 * fields that changed.
 */
import { parseArgs } from 'node:util'
import { readJsonl } from './lib/dataset.js'
import type { PageResult } from './lib/metrics.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '15' } },
})
const [beforeFile, afterFile] = positionals
if (beforeFile === undefined || afterFile === undefined) {
  console.error('usage: npx tsx scripts/eval-diff.ts before.jsonl after.jsonl [--top N]')
  process.exit(2)
}
const top = Number(values.top)
const before = new Map(readJsonl<PageResult>(beforeFile).map((row) => [row.id, row]))
const after = readJsonl<PageResult>(afterFile)

const f1 = (row: PageResult | undefined): number | null => row?.words?.f1 ?? null
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0)

interface Moved {
  readonly id: string
  readonly type: string
  readonly delta: number
  readonly from: number
  readonly to: number
}

const byType = new Map<string, { before: number[]; after: number[] }>()
const moved: Moved[] = []
let snippetBefore = [0, 0, 0]
let snippetAfter = [0, 0, 0]
const metaChanges: string[] = []
for (const row of after) {
  const old = before.get(row.id)
  const type = row.type ?? 'all'
  const a = f1(row)
  const b = f1(old)
  if (a !== null && b !== null) {
    const bucket = byType.get(type) ?? { before: [], after: [] }
    bucket.before.push(b)
    bucket.after.push(a)
    byType.set(type, bucket)
    if (Math.abs(a - b) > 1e-9) moved.push({ id: row.id, type, delta: a - b, from: b, to: a })
  }
  const s = row.snippets
  const t = old?.snippets
  if (s && t) {
    snippetAfter = [
      (snippetAfter[0] ?? 0) + s.withFound,
      (snippetAfter[1] ?? 0) + s.withMissed,
      (snippetAfter[2] ?? 0) + s.withoutFound,
    ]
    snippetBefore = [
      (snippetBefore[0] ?? 0) + t.withFound,
      (snippetBefore[1] ?? 0) + t.withMissed,
      (snippetBefore[2] ?? 0) + t.withoutFound,
    ]
    if (s.withFound !== t.withFound || s.withoutFound !== t.withoutFound)
      metaChanges.push(
        `${row.id} snippets kept ${t.withFound}→${s.withFound}, leaked ${t.withoutFound}→${s.withoutFound}`,
      )
  }
  const meta = row.metadata ?? {}
  const oldMeta = old?.metadata ?? {}
  for (const [field, value] of Object.entries(meta)) {
    const was = (oldMeta as Record<string, typeof value>)[field]
    if (value && was && value.got !== was.got)
      metaChanges.push(
        `${row.id} ${field}: ${JSON.stringify(was.got)} (${was.ok ? 'ok' : 'miss'}) → ${JSON.stringify(value.got)} (${value.ok ? 'ok' : 'miss'}); gold ${JSON.stringify(value.expected)}`,
      )
  }
}

const all = [...byType.values()]
if (all.length) {
  const b = mean(all.flatMap((x) => x.before))
  const a = mean(all.flatMap((x) => x.after))
  console.log(`word F1 ${b.toFixed(5)} → ${a.toFixed(5)} (${(a - b).toFixed(5)})`)
  for (const [type, x] of [...byType].sort()) {
    console.log(
      `  ${type.padEnd(14)} ${x.after.length} pages ${mean(x.before).toFixed(4)} → ${mean(x.after).toFixed(4)}`,
    )
  }
  const won = moved.filter((m) => m.delta > 0).length
  console.log(`${won} pages won, ${moved.length - won} lost`)
  moved.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta))
  for (const m of moved.slice(0, top))
    console.log(
      `  ${m.id} ${m.type} ${m.from.toFixed(3)} → ${m.to.toFixed(3)} (${m.delta > 0 ? '+' : ''}${m.delta.toFixed(3)})`,
    )
}
const f = ([tp, fn, fp]: number[]) => (2 * (tp ?? 0)) / (2 * (tp ?? 0) + (fp ?? 0) + (fn ?? 0))
if ((snippetAfter[0] ?? 0) + (snippetAfter[1] ?? 0) > 0)
  console.log(
    `snippet F1 ${f(snippetBefore).toFixed(4)} → ${f(snippetAfter).toFixed(4)} (kept/missed/leaked ${snippetBefore.join('/')} → ${snippetAfter.join('/')})`,
  )
for (const line of metaChanges.slice(0, top * 4)) console.log(line)
if (metaChanges.length > top * 4) console.log(`… ${metaChanges.length - top * 4} more changes`)
