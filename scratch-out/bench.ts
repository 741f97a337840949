import { readdirSync, readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { cleanArticle } from '../src/index.js'

const dir = '/work/shared/data/wcxb-dev/pages'
const files = readdirSync(dir).filter((_, i) => i % 3 === 0)
const pages = files.map((f) => gunzipSync(readFileSync(`${dir}/${f}`)).toString('utf8'))
let total = 0,
  md = 0
for (const text of pages) {
  let t0 = performance.now()
  const a = cleanArticle(text, {})
  total += performance.now() - t0
  t0 = performance.now()
  void a.markdown
  md += performance.now() - t0
}
const n = pages.length
console.log(
  `pages ${n}; cleanArticle (with html) ${(total / n).toFixed(2)} ms; markdown on first read ${(md / n).toFixed(2)} ms`,
)
