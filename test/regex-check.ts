/**
 * Collects the library's regexes (see ./regex-sources.ts) and asks recheck
 * whether each can backtrack catastrophically. recheck runs offline: its
 * native agent when installed (an optional dependency), else its pure-JS
 * backend in a worker; a fixed seed keeps its fuzzer repeatable.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { check } from 'recheck'
import {
  distinct,
  type FoundRegex,
  recordConstructed,
  sourceFiles,
  staticRegexes,
} from './regex-sources.js'

const FIXTURES = new URL('../fixtures/', import.meta.url)

/** Sample pages for the recording run: every fixture, as bytes and as a string. */
function samples(): Array<string | Uint8Array> {
  const out: Array<string | Uint8Array> = []
  for (const dir of readdirSync(FIXTURES)) {
    for (const name of ['input.html', 'input.txt']) {
      try {
        const bytes = readFileSync(new URL(`${dir}/${name}`, FIXTURES))
        out.push(new Uint8Array(bytes), bytes.toString('utf8'))
      } catch {
        // this fixture has the other kind of input
      }
    }
  }
  return out
}

export interface Collected {
  regexes: FoundRegex[]
  /** Files that call `RegExp(…)` in their source. */
  constructing: Set<string>
  /** Files from which a constructed regex was recorded. */
  recordedFrom: Set<string>
}

/** Every regex of src/, literal or constructed, once per (source, flags). */
export async function collect(): Promise<Collected> {
  const files = sourceFiles()
  const { literals, constructing } = staticRegexes(files)
  const constructed = await recordConstructed(async () => {
    // The command line's entries run on import (main reads stdin, the worker
    // needs a parent thread); its regexes are all literals, read above.
    for (const file of files) {
      if (!/[\\/]cli[\\/](?:main|worker)\.ts$/.test(file)) await import(pathToFileURL(file).href)
    }
    const { cleanArticle } = await import('../src/index.js')
    for (const page of samples()) cleanArticle(page)
  })
  return {
    regexes: distinct([...literals, ...constructed]),
    constructing,
    recordedFrom: new Set(constructed.map((r) => r.where)),
  }
}

export async function allRegexes(): Promise<FoundRegex[]> {
  return (await collect()).regexes
}

export interface RegexVerdict {
  status: 'safe' | 'vulnerable' | 'unknown'
  complexity: string | null
  /** recheck's checker: `automaton` (exact) or `fuzz` (lookarounds, large repeat counts). */
  checker: string | null
  attack: string | null
}

/**
 * recheck's verdict; `unknown` (a timeout) counts as not safe. The largest
 * alternation (newsletter-box's sign-up prompts, with bounded `.{0,100}`
 * gaps) takes recheck about 9 s alone and over 20 s on a loaded 2-core
 * machine, hence the minute (and three more after a timeout, which is
 * asked once again before it counts).
 *
 * The fuzzer's phases are bounded by time (recheck's defaults: 250 ms per
 * run, 1 s per attack, an attack out of time counting as a success), so a
 * fuzzed pattern's verdict can differ on a loaded machine. Bounding them
 * by steps alone (no time budgets) gives the same verdict under any load,
 * but the fuzzer then spends over 20 minutes on some patterns with bounded
 * repeats (docs/benchmarks.md, session 14, `robust14`): not yet done.
 * Until then a fuzzed "vulnerable" is asked twice more and counts only when
 * all three agree.
 */
export async function checkRegex(
  regex: Pick<FoundRegex, 'source' | 'flags'>,
  timeout = 60_000,
): Promise<RegexVerdict> {
  let result = await check(regex.source, regex.flags, { timeout, randomSeed: 20240229 })
  // A timeout on a loaded machine is no verdict: ask once more with three times the time.
  if (result.status === 'unknown') {
    result = await check(regex.source, regex.flags, { timeout: 3 * timeout, randomSeed: 20240229 })
  }
  // A fuzzed "vulnerable" may be the load's doing (an attack out of time
  // counts as a success): it stands only if two more checks find it too. A
  // pattern that is truly catastrophic is found every time (fixed seed).
  for (
    let again = 0;
    again < 2 && result.status === 'vulnerable' && result.checker === 'fuzz';
    again++
  ) {
    result = await check(regex.source, regex.flags, { timeout, randomSeed: 20240229 })
  }
  const complexity = result.status === 'unknown' ? null : result.complexity.type
  const attack =
    result.status === 'vulnerable'
      ? JSON.stringify(result.attack.pattern ?? result.attack.string).slice(0, 120)
      : null
  return { status: result.status, complexity, checker: result.checker ?? null, attack }
}
