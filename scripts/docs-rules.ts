/**
 * Write docs/rules/<id>.md for every rule, and docs/rules/README.md, from
 * the rules' meta, source, cases and notes (see scripts/lib/rule-docs.ts).
 * usage: npx tsx scripts/docs-rules.ts [--check]
 *   --check: write nothing; list the pages that differ and exit 1 if any.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildRuleDocs, staleRuleDocs } from './lib/rule-docs.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const check = process.argv.includes('--check')

const generated = await buildRuleDocs(ROOT)
const stale = staleRuleDocs(ROOT, generated)
if (check) {
  if (stale.length > 0) {
    console.error(`Stale rule docs (run npm run docs:rules):\n  ${stale.join('\n  ')}`)
    process.exit(1)
  }
  console.log(`docs/rules: ${generated.size} pages current`)
} else {
  mkdirSync(`${ROOT}docs/rules`, { recursive: true })
  for (const path of stale) {
    const text = generated.get(path)
    if (text === undefined) rmSync(`${ROOT}${path}`)
    else writeFileSync(`${ROOT}${path}`, text)
  }
  console.log(`docs/rules: ${generated.size} pages, ${stale.length} written or removed`)
}
