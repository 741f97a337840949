/**
 * Cross-check our figures against the reference scorer of the shared folder
 * (`<set>/../../eval/score.mjs`), when it is there.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { writeJsonl } from './dataset.js'
import type { GoldRow, PredictionRow, Summary } from './metrics.js'

/** One figure as both scorers give it; a side is null when it does not report the figure. */
export interface FigurePair {
  readonly figure: string
  readonly ours: number | null
  readonly reference: number | null
  /** Both given and equal to the third decimal. */
  readonly agree: boolean
}

/** Path of the reference scorer beside a set, or null when there is none. */
export function findReferenceScorer(setDir: string): string | null {
  const file = resolve(setDir, '..', '..', 'eval', 'score.mjs')
  return existsSync(file) ? file : null
}

/**
 * Run the reference scorer on predictions and return its `--json` summary.
 * With `gold` given (a subset, e.g. under `--limit`), the scorer is pointed at
 * a temporary set holding only those gold rows, so unscored pages do not count
 * as empty. Null when there is no scorer; throws when it fails.
 */
export function runReferenceScorer(
  setDir: string,
  predictions: readonly PredictionRow[],
  gold?: readonly GoldRow[],
): Record<string, unknown> | null {
  const scorer = findReferenceScorer(setDir)
  if (!scorer) return null
  const dir = mkdtempSync(join(tmpdir(), 'clean-article-check-'))
  try {
    const predFile = join(dir, 'predictions.jsonl')
    writeJsonl(predFile, predictions)
    let set = resolve(setDir)
    if (gold) {
      set = join(dir, 'set')
      mkdirSync(set)
      writeJsonl(join(set, 'gold.jsonl'), gold)
    }
    const out = execFileSync(
      process.execPath,
      [scorer, '--set', set, '--pred', predFile, '--json'],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    )
    return JSON.parse(out) as Record<string, unknown>
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Numeric leaves of a summary, by dotted path (`metadata.title.accuracy`). */
export function flattenFigures(value: unknown, prefix = ''): Map<string, number> {
  const out = new Map<string, number>()
  if (typeof value === 'number') {
    if (Number.isFinite(value)) out.set(prefix, value)
    return out
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, number] of flattenFigures(child, prefix ? `${prefix}.${key}` : key)) {
        out.set(path, number)
      }
    }
  }
  return out
}

/** Both scorers' figures, ours in order, then any only the reference gives. */
export function compareFigures(ours: Summary, reference: Record<string, unknown>): FigurePair[] {
  const left = flattenFigures(ours)
  const right = flattenFigures(reference)
  const keys = [...left.keys(), ...[...right.keys()].filter((key) => !left.has(key))]
  return keys.map((figure) => {
    const a = left.get(figure) ?? null
    const b = right.get(figure) ?? null
    return {
      figure,
      ours: a,
      reference: b,
      agree: a !== null && b !== null && a.toFixed(3) === b.toFixed(3),
    }
  })
}
