/**
 * The plain-text round trip of test/property.test.ts under many seeds
 * (issue 7): for each seed of a range, the same six generators and the same
 * check (clean as text, clean the title and text again as text), 120 runs
 * each; prints each seed's shrunk counterexamples, then how many seeds fail.
 *
 *     npx tsx scripts/round-trip-seeds.ts [FROM-TO]   (default 1-35)
 */
import fc from 'fast-check'
import { cleanArticle } from '../src/index.js'
import {
  asTitleReads,
  bytes,
  codeUnitString,
  htmlish,
  plainText,
} from '../test/property-support.js'

const inputs: Array<[string, fc.Arbitrary<string | Uint8Array>]> = [
  ['any string', fc.string({ maxLength: 400 })],
  ['any string of code points', fc.string({ unit: 'binary', maxLength: 400 })],
  ['code units', codeUnitString],
  ['plain text', plainText],
  ['HTML-ish', htmlish],
  ['any bytes', bytes],
]
const blocksOf = (t: string) => (t === '' ? [] : t.split('\n\n'))
function ok(input: string | Uint8Array): boolean {
  const first = cleanArticle(input, { format: 'text' })
  const page = first.title === null ? first.text : `${first.title}\n\n${first.text}`
  const second = cleanArticle(page, { format: 'text' })
  const before = blocksOf(first.text)
  const after = blocksOf(second.text)
  if (after.join('\n\n') === before.join('\n\n')) return second.removed.length === 0
  const title = second.title ?? ''
  const rest = (i: number) => before.slice(i + 1).join('\n\n')
  const at = before.findIndex(
    (b, i) => asTitleReads(b).startsWith(title) && rest(i) === after.join('\n\n'),
  )
  if (title === '' || at < 0) return false
  const header = [...before.slice(0, at), first.title]
  return second.removed.every((r) => header.includes(r.text))
}
const [from, to] = (process.argv[2] ?? '1-35').split('-').map(Number)
let fails = 0
for (let seed = from as number; seed <= (to as number); seed++) {
  const bad: string[] = []
  for (const [name, arb] of inputs) {
    const r = fc.check(fc.property(arb, ok), { numRuns: 120, seed })
    if (r.failed) bad.push(`${name}: ${JSON.stringify(r.counterexample?.[0])}`)
  }
  if (bad.length) fails++
  console.log(seed, bad.length ? bad.join(' | ') : 'ok')
}
console.log('seeds failing:', fails)
