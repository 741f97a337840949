/**
 * Heap kept alive by articles a caller holds on to: runs `cleanArticle` of
 * a checkout on the first N pages of a set, keeps every article, drops the
 * pages, collects garbage and prints the heap still used. Strings cut from
 * a page as views (V8's sliced strings) would keep whole pages alive.
 *
 *     node --expose-gc --import tsx scripts/retained.ts <checkout> <set-dir> [N]
 */
import { openSet, readPage } from './lib/dataset.js'

const [root, dir, limit] = process.argv.slice(2)
if (root === undefined || dir === undefined) {
  console.error('usage: node --expose-gc --import tsx scripts/retained.ts <checkout> <set-dir> [N]')
  process.exit(2)
}
const { cleanArticle } = (await import(`${root}/src/index.ts`)) as {
  cleanArticle: (input: Uint8Array, options: { format: 'html' }) => unknown
}
const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) throw new Error('run node with --expose-gc')
const set = openSet(dir)
gc()
const before = process.memoryUsage().heapUsed
const kept: unknown[] = []
for (const row of set.gold.slice(0, Number(limit ?? 200)))
  kept.push(cleanArticle(readPage(set, row.id), { format: 'html' }))
gc()
const held = (process.memoryUsage().heapUsed - before) / 1e6
console.log(`${root}: ${held.toFixed(1)} MB held by ${kept.length} articles`)
