/**
 * Lists every regular expression of src/ with recheck's verdict on it
 * (`npx tsx scripts/regex-audit.ts [--all]`): the vulnerable ones by
 * default, every one with --all. test/regex-safety.test.ts runs the same
 * check and fails on any vulnerable regex.
 */
import { allRegexes, checkRegex } from '../test/regex-check.js'

const all = process.argv.includes('--all')
const regexes = await allRegexes()
let bad = 0
for (const regex of regexes) {
  const verdict = await checkRegex(regex)
  if (verdict.status !== 'safe') bad++
  if (!all && verdict.status === 'safe') continue
  console.log(
    `${verdict.status}${verdict.complexity ? ` (${verdict.complexity})` : ''}  ${regex.where}  /${regex.source}/${regex.flags}${verdict.attack ? `\n    attack: ${verdict.attack}` : ''}`,
  )
}
console.log(`${regexes.length} regexes, ${bad} not safe`)
process.exit(bad > 0 ? 1 : 0)
