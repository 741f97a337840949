/**
 * Check that a change leaves every output of `cleanArticle` as it was: the
 * whole article object (fields, blocks with their sources, ledger), not only
 * the scored text. Run once before a change to record digests, once after to
 * compare.
 *
 *     npx tsx scripts/same-output.ts --save before.jsonl [--limit N] <set-dir>…
 *     npx tsx scripts/same-output.ts --against before.jsonl [--limit N] <set-dir>…
 *
 * Every set is run with HTML input (`pages/`) and plain-text input (`text/`).
 * A line per page: set, format, id and the SHA-1 of the article's JSON (or of
 * the error message). `--against` prints the pages whose digest changed and
 * exits with 1 when any did.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { cleanArticle } from '../src/index.js'
import { openSet, readJsonl, readPage, readText, writeJsonl } from './lib/dataset.js'

interface Digest {
  readonly set: string
  readonly format: 'html' | 'text'
  readonly id: string
  readonly sha1: string
}

const usage =
  'usage: npx tsx scripts/same-output.ts (--save file | --against file) [--limit N] <set-dir>…'

function fail(message: string): never {
  console.error(`${message}\n${usage}`)
  process.exit(2)
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex')

/** The digest of one page: the article's JSON, or the error it threw. */
function digestOf(run: () => unknown): string {
  try {
    return sha1(JSON.stringify(run()))
  } catch (error) {
    return sha1(`error: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function digests(dirs: readonly string[], limit: number | null): Digest[] {
  const out: Digest[] = []
  for (const dir of dirs) {
    const set = openSet(dir)
    const gold = limit === null ? set.gold : set.gold.slice(0, limit)
    for (const format of ['html', 'text'] as const) {
      for (const row of gold) {
        const url = row.url ? { url: row.url } : {}
        if (format === 'text' && !existsSync(join(set.dir, 'text', `${row.id}.txt`))) continue
        const sha = digestOf(() => {
          const input = format === 'html' ? readPage(set, row.id) : readText(set, row.id)
          return cleanArticle(input, { format, ...url })
        })
        out.push({ set: set.name, format, id: row.id, sha1: sha })
      }
      process.stderr.write(`${set.name} ${format}: ${gold.length} pages\n`)
    }
  }
  return out
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      save: { type: 'string' },
      against: { type: 'string' },
      limit: { type: 'string' },
    },
  })
  if (positionals.length === 0) fail('give one or more set folders')
  if (!values.save === !values.against) fail('give either --save or --against')
  const limit = values.limit === undefined ? null : Number(values.limit)
  if (limit !== null && !(Number.isInteger(limit) && limit >= 0)) fail('--limit is a whole number')
  const now = digests(positionals, limit)
  if (values.save) {
    writeJsonl(values.save, now)
    console.log(`${now.length} digests written to ${values.save}`)
    return
  }
  const key = (d: Digest) => `${d.set}\t${d.format}\t${d.id}`
  const before = new Map(readJsonl<Digest>(values.against as string).map((d) => [key(d), d.sha1]))
  const changed = now.filter((d) => before.has(key(d)) && before.get(key(d)) !== d.sha1)
  const missing = now.filter((d) => !before.has(key(d)))
  for (const d of changed) console.log(`changed: ${key(d)}`)
  if (missing.length) console.log(`${missing.length} pages not in ${values.against}`)
  console.log(`${now.length - changed.length - missing.length} same, ${changed.length} changed`)
  if (changed.length) process.exit(1)
}

main()
