/**
 * What writing the body costs: cleanArticle (which writes `html`) and the
 * first read of `markdown`, per page, over every third page of a set.
 *
 *     npx tsx scripts/bench-output.ts ../shared/data/wcxb-dev
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { cleanArticle } from '../src/index.js'

const set = process.argv[2]
if (!set) throw new Error('usage: npx tsx scripts/bench-output.ts <set-dir>')
const dir = join(set, 'pages')
const files = readdirSync(dir).filter((_, i) => i % 3 === 0)
const pages = files.map((f) => {
  const bytes = readFileSync(join(dir, f))
  return (f.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')
})
let clean = 0
let markdown = 0
for (const page of pages) {
  let t0 = performance.now()
  const article = cleanArticle(page)
  clean += performance.now() - t0
  t0 = performance.now()
  void article.markdown
  markdown += performance.now() - t0
}
const n = pages.length
console.log(
  `${n} pages: cleanArticle (html included) ${(clean / n).toFixed(2)} ms/page; markdown on first read ${(markdown / n).toFixed(2)} ms/page`,
)
