/**
 * Pages shared by the API tests (test/api.test.ts, test/api-rules.test.ts):
 * every fixture input, the founding seed, and a small article as text and
 * as HTML.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures')

/** Every fixture input, as a string, with its folder name. */
export const fixtureInputs: { name: string; input: string }[] = readdirSync(FIXTURES, {
  withFileTypes: true,
})
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  .flatMap((name) => {
    const file = readdirSync(join(FIXTURES, name)).find((f) => f.startsWith('input.'))
    return file ? [{ name, input: readFileSync(join(FIXTURES, name, file), 'utf8') }] : []
  })

export const SEED = readFileSync(join(FIXTURES, 'seed--founding-example', 'input.txt'), 'utf8')

export const P1 =
  'The city council voted on Tuesday night to approve a new budget for the coming year, ending weeks of debate over funding for parks, roads and public safety in the town.'
export const P2 =
  'The plan raises property taxes by two percent, the first increase in six years, and the mayor said that it was a fair deal for all of the residents who had asked for better services.'
export const P3 =
  'Opponents argued that the increase would be a burden for seniors on fixed incomes, while supporters said that the repairs could not wait any longer and that the roads were in a bad state.'

/** A plain-text article with a headline, a byline-ish line and a few paragraphs. */
export const TEXT_ARTICLE = [
  'City Council Approves New Budget After Long Debate',
  '',
  P1,
  '',
  P2,
  '',
  P3,
  '',
].join('\n')

/** The same article as an HTML page. */
export const HTML_ARTICLE = `<!doctype html>
<html lang="en">
<head><title>City Council Approves New Budget After Long Debate | The Daily</title></head>
<body>
<article>
<h1>City Council Approves New Budget After Long Debate</h1>
<p>${P1}</p>
<p>${P2}</p>
<p>${P3}</p>
</article>
</body>
</html>`
