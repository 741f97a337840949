/**
 * Lists every regular expression of src/ with recheck's verdict on it
 * (`npx tsx scripts/regex-audit.ts [--all] [--save]`): the vulnerable ones by
 * default, every one with --all. test/regex-safety.test.ts runs the same
 * check and fails on any vulnerable regex. Every verdict is computed anew;
 * `--save` writes them to test/regex-verdicts.json, which the test reads.
 */
import {
  allRegexes,
  cacheKey,
  checkRegex,
  type RegexVerdict,
  saveVerdicts,
} from '../test/regex-check.js'

const all = process.argv.includes('--all')
const save = process.argv.includes('--save')
const regexes = await allRegexes()
const verdicts = new Map<string, RegexVerdict>()
let bad = 0
for (const regex of regexes) {
  const verdict = await checkRegex(regex)
  verdicts.set(cacheKey(regex), verdict)
  if (verdict.status !== 'safe') bad++
  if (!all && verdict.status === 'safe') continue
  console.log(
    `${verdict.status}${verdict.complexity ? ` (${verdict.complexity})` : ''}  ${regex.where}  /${regex.source}/${regex.flags}${verdict.attack ? `\n    attack: ${verdict.attack}` : ''}`,
  )
}
console.log(`${regexes.length} regexes, ${bad} not safe`)
if (save) saveVerdicts(verdicts)
process.exit(bad > 0 ? 1 : 0)
