/**
 * Collects the library's regexes (see ./regex-sources.ts) and asks recheck
 * whether each can backtrack catastrophically. recheck runs offline: its
 * native agent when installed (an optional dependency), else its pure-JS
 * backend in a worker; a fixed seed keeps its fuzzer repeatable.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
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

/** Characters an attack string must make recheck's VM read to count as an attack. */
export const ATTACK_STEPS = 10_000_000
/** The longest attack string (recheck's default is 300,000). */
export const ATTACK_LENGTH = 30_000

/**
 * recheck's parameters, chosen so that its verdict depends on the pattern
 * alone, never on the machine's speed or load. By default recheck gives up
 * its phases by time (250 ms per fuzzing run, 1 s per attack, 10 s in all)
 * and takes an attack that runs out of time for a success, so a pattern
 * whose attack string reads a few million characters was "polynomial" on
 * a loaded machine and safe on a quiet one. Here no phase has a time
 * budget: each is bounded by recheck's counts of characters read
 * (`incubationLimit`, `seedingLimit`, `attackLimit`), its fuzzer is seeded,
 * and there is no overall timeout (the test's own timeout catches a hang).
 * Patterns recheck's automaton checker supports (no lookaround, no
 * backreference, small repeat counts: its `auto` choice, by the pattern's
 * size alone) are decided exactly; the others by the fuzzer. An attack
 * counts when its string (at most ATTACK_LENGTH characters) makes the VM
 * read ATTACK_STEPS: over 300 per character of the longest string, where a
 * linear pattern reads a few (a bounded repeat such as `{3,80}` at most its
 * bound); an exponential pattern gets there within a few dozen characters
 * and a quadratic one within about 4,500.
 */
export const PARAMETERS = {
  randomSeed: 20240229,
  timeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  attackTimeout: null,
  attackLimit: ATTACK_STEPS,
  maxAttackStringSize: ATTACK_LENGTH,
} as const

/** recheck's verdict, the same on any machine; `unknown` counts as not safe. */
export async function checkRegex(
  regex: Pick<FoundRegex, 'source' | 'flags'>,
): Promise<RegexVerdict> {
  const result = await check(regex.source, regex.flags, PARAMETERS)
  const complexity = result.status === 'unknown' ? null : result.complexity.type
  const attack =
    result.status === 'vulnerable'
      ? JSON.stringify(result.attack.pattern ?? result.attack.string).slice(0, 120)
      : null
  return { status: result.status, complexity, checker: result.checker ?? null, attack }
}

/** Where verdicts are kept between runs: test/regex-verdicts.json. */
const CACHE = new URL('./regex-verdicts.json', import.meta.url)

interface VerdictCache {
  /** recheck's version and the parameters the verdicts were computed with. */
  recheck: string
  parameters: typeof PARAMETERS
  /** Verdicts by `cacheKey`. */
  verdicts: Record<string, Omit<RegexVerdict, 'attack'> & { attack?: string | null }>
}

/** A pattern's key in the cache: its source and flags. */
export const cacheKey = (regex: Pick<FoundRegex, 'source' | 'flags'>): string =>
  JSON.stringify([regex.source, regex.flags])

function recheckVersion(): string {
  const url = new URL('../node_modules/recheck/package.json', import.meta.url)
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version
}

/**
 * The kept verdicts, when they were computed by this version of recheck with
 * these parameters (else none). Verdicts depend on the pattern alone
 * (`PARAMETERS`), so a kept one is the one recheck would give again; the
 * cache only spares the minutes the fuzzer spends on a few large patterns.
 */
export function cachedVerdicts(): Map<string, RegexVerdict> {
  const out = new Map<string, RegexVerdict>()
  let cache: VerdictCache
  try {
    cache = JSON.parse(readFileSync(CACHE, 'utf8')) as VerdictCache
  } catch {
    return out
  }
  if (cache.recheck !== recheckVersion()) return out
  if (JSON.stringify(cache.parameters) !== JSON.stringify(PARAMETERS)) return out
  for (const [key, v] of Object.entries(cache.verdicts))
    out.set(key, { ...v, attack: v.attack ?? null })
  return out
}

/** Write the cache: one verdict per regex, computed now (`scripts/regex-audit.ts --save`). */
export function saveVerdicts(verdicts: ReadonlyMap<string, RegexVerdict>): void {
  const sorted = [...verdicts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const cache: VerdictCache = {
    recheck: recheckVersion(),
    parameters: PARAMETERS,
    verdicts: Object.fromEntries(sorted),
  }
  writeFileSync(CACHE, `${JSON.stringify(cache, null, 1)}\n`)
}
