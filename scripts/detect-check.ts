/**
 * Format detection over whole data sets: every `pages/*.html.gz` must read as
 * HTML and every `text/*.txt` as text. Exits 1 and lists the files otherwise.
 * usage: npx tsx scripts/detect-check.ts <set-dir> [<set-dir> …]
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { decode } from '../src/decode.js'
import { detectFormat } from '../src/detect.js'

const dirs = process.argv.slice(2)
if (dirs.length === 0) {
  console.error('usage: npx tsx scripts/detect-check.ts <set-dir> [<set-dir> …]')
  process.exit(2)
}
let files = 0
const wrong: string[] = []
for (const dir of dirs) {
  for (const name of readdirSync(join(dir, 'pages'))) {
    files++
    const text = decode(gunzipSync(readFileSync(join(dir, 'pages', name)))).text
    if (detectFormat(text) !== 'html') wrong.push(`${join(dir, 'pages', name)} read as text`)
  }
  for (const name of readdirSync(join(dir, 'text'))) {
    files++
    if (detectFormat(readFileSync(join(dir, 'text', name), 'utf8')) !== 'text') {
      wrong.push(`${join(dir, 'text', name)} read as html`)
    }
  }
}
for (const line of wrong) console.log(line)
console.log(`${files} files, ${wrong.length} misdetected`)
process.exitCode = wrong.length === 0 ? 0 : 1
