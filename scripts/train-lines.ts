/**
 * Fit the plain-text line model: a logistic regression over the features of
 * `src/text/line-features.ts`, written as a TypeScript constant file.
 *
 *     npx tsx scripts/train-lines.ts <set-dir>[,<set-dir>…] --out src/text/line-model.ts
 *       [--holdout-half] [--lambda 1] [--weight line|words]
 *
 * Each page's `text/<id>.txt` is read and segmented by the library itself
 * (`prepareText`), so the rows are the blocks the context rule will see.
 * Labels: with gold `text` (wcxb), a block is article text when the gold
 * contains it (short blocks, under 5 words, must equal a whole gold line);
 * with only snippets (trafilatura), a block holding a `with` snippet is 1,
 * one holding a `without` snippet is 0, and the others are left out.
 *
 * `--holdout-half` fits on the pages whose id hash is even and reports the
 * line-level figures of the odd half (`scripts/lib/halves.ts`); page-level
 * figures come from `scripts/eval.ts` and `scripts/halves.ts`.
 * Sets are weighted equally whatever their number of labelled lines.
 */
import { writeFileSync } from 'node:fs'
import { basename, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { collapse } from '../src/features.js'
import { FEATURE_NAMES, lineFeatures } from '../src/text/line-features.js'
import { standardized } from '../src/text/line-score.js'
import { prepareText } from '../src/text/prepare.js'
import { openSet, readText } from './lib/dataset.js'
import { halfOf } from './lib/halves.js'
import type { GoldRow } from './lib/metrics.js'

interface Row {
  readonly x: readonly number[]
  readonly y: 0 | 1
  readonly w: number
  readonly half: 'even' | 'odd'
}

const usage =
  'usage: npx tsx scripts/train-lines.ts <set-dir>[,<set-dir>…] --out <file.ts> [--holdout-half] [--lambda L] [--weight line|words]'

/** Blocks shorter than this (in words) must match a whole gold line. */
const SHORT_WORDS = 5

/**
 * Text as a sequence of lower-case words between spaces: gold and page texts
 * differ in quotes, dashes and spacing (\`don't\` / \`don’t\`), not in words.
 */
function tokens(text: string): string {
  const words =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}\p{M}]+/gu) ?? []
  return ` ${words.join(' ')} `
}

/** Labels of a page's blocks: 1, 0, or null (left out). */
function labels(gold: GoldRow, texts: readonly string[]): (0 | 1 | null)[] {
  if (gold.text) {
    const whole = tokens(gold.text)
    const lines = new Set(gold.text.split('\n').map(tokens))
    return texts.map((t) => {
      const line = tokens(t)
      if (line.trim() === '') return null
      const words = line.trim().split(' ').length
      return (words < SHORT_WORDS ? lines.has(line) : whole.includes(line)) ? 1 : 0
    })
  }
  const keep = (gold.with ?? []).map(collapse).filter((s) => s !== '')
  const drop = (gold.without ?? []).map(collapse).filter((s) => s !== '')
  return texts.map((t) => {
    const kept = keep.some((s) => t.includes(s))
    const dropped = drop.some((s) => t.includes(s))
    if (kept === dropped) return null
    return kept ? 1 : 0
  })
}

function rowsOf(setDir: string, weighting: 'line' | 'words'): Row[] {
  const set = openSet(setDir)
  const rows: Row[] = []
  for (const gold of set.gold) {
    if (!gold.text && !gold.with?.length && !gold.without?.length) continue
    const page = prepareText(readText(set, gold.id), gold.url ?? null)
    const features = lineFeatures(page.blocks, page.titleIndex, page.lang)
    const ys = labels(
      gold,
      page.blocks.map((b) => b.text),
    )
    const half = halfOf(gold.id)
    // With gold text, every page weighs the same: its lines share a weight of 1.
    const labelled = ys.filter((y) => y !== null).length
    const pageWords = page.blocks.reduce((s, b, i) => s + (ys[i] === null ? 0 : b.words), 0)
    page.blocks.forEach((block, i) => {
      const y = ys[i]
      if (y === null || y === undefined) return
      const w = gold.text
        ? weighting === 'words'
          ? block.words / Math.max(1, pageWords)
          : 1 / labelled
        : 1
      rows.push({ x: features[i] ?? [], y, w, half })
    })
  }
  // Each set weighs as much as one line per page on average.
  const total = rows.reduce((s, r) => s + r.w, 0)
  const pages = set.gold.length
  return rows.map((r) => ({ ...r, w: (r.w * pages) / total }))
}

interface Standard {
  readonly mean: number[]
  readonly scale: number[]
}

function standardize(rows: readonly Row[], d: number): Standard {
  const mean = new Array<number>(d).fill(0)
  const sq = new Array<number>(d).fill(0)
  for (const r of rows) for (let k = 0; k < d; k++) mean[k] = (mean[k] ?? 0) + (r.x[k] ?? 0)
  for (let k = 0; k < d; k++) mean[k] = (mean[k] ?? 0) / rows.length
  for (const r of rows)
    for (let k = 0; k < d; k++) sq[k] = (sq[k] ?? 0) + ((r.x[k] ?? 0) - (mean[k] ?? 0)) ** 2
  const scale = sq.map((s) => Math.sqrt(s / rows.length) || 1)
  return { mean, scale }
}

/** Solve A x = b (A symmetric positive definite) by Gaussian elimination with pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length
  const m = a.map((row, i) => [...row, b[i] ?? 0])
  for (let c = 0; c < n; c++) {
    let p = c
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[p]?.[c] ?? 0)) p = r
    const tmp = m[c] as number[]
    m[c] = m[p] as number[]
    m[p] = tmp
    const pivot = (m[c] as number[])[c] ?? 1
    for (let r = 0; r < n; r++) {
      if (r === c) continue
      const f = ((m[r] as number[])[c] ?? 0) / pivot
      if (f === 0) continue
      for (let k = c; k <= n; k++)
        (m[r] as number[])[k] = ((m[r] as number[])[k] ?? 0) - f * ((m[c] as number[])[k] ?? 0)
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1))
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))

/**
 * L2-penalised logistic regression by Newton's method (IRLS) on standardized
 * features; `beta[0]` is the bias (not penalised).
 */
function fitLogistic(rows: readonly Row[], std: Standard, lambda: number): number[] {
  const d = std.mean.length + 1
  const zs = rows.map((r) => [
    1,
    ...r.x.map((v, k) => (v - (std.mean[k] ?? 0)) / (std.scale[k] ?? 1)),
  ])
  let beta = new Array<number>(d).fill(0)
  for (let iter = 0; iter < 50; iter++) {
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0))
    const g = new Array<number>(d).fill(0)
    rows.forEach((r, i) => {
      const z = zs[i] as number[]
      let dot = 0
      for (let k = 0; k < d; k++) dot += (beta[k] ?? 0) * (z[k] ?? 0)
      const p = sigmoid(dot)
      const s = r.w * p * (1 - p)
      const e = r.w * (r.y - p)
      for (let a = 0; a < d; a++) {
        const za = z[a] ?? 0
        g[a] = (g[a] ?? 0) + e * za
        const ha = h[a] as number[]
        for (let b = a; b < d; b++) ha[b] = (ha[b] ?? 0) + s * za * (z[b] ?? 0)
      }
    })
    for (let a = 0; a < d; a++) {
      for (let b = 0; b < a; b++) (h[a] as number[])[b] = (h[b] as number[])[a] ?? 0
      if (a > 0) {
        ;(h[a] as number[])[a] = ((h[a] as number[])[a] ?? 0) + lambda
        g[a] = (g[a] ?? 0) - lambda * (beta[a] ?? 0)
      }
    }
    const step = solve(h, g)
    beta = beta.map((v, k) => v + (step[k] ?? 0))
    if (Math.max(...step.map(Math.abs)) < 1e-7) break
  }
  return beta
}

interface LineFigures {
  readonly lines: number
  readonly accuracy: number
  readonly logLoss: number
  readonly auc: number
}

function figures(rows: readonly Row[], std: Standard, beta: readonly number[]): LineFigures {
  const scored = rows.map((r) => {
    let z = beta[0] ?? 0
    r.x.forEach((v, k) => {
      z += (beta[k + 1] ?? 0) * standardized(v, std.mean[k] ?? 0, std.scale[k] ?? 1)
    })
    return { p: sigmoid(z), y: r.y, w: r.w }
  })
  let right = 0
  let loss = 0
  let weight = 0
  for (const s of scored) {
    right += s.w * ((s.p >= 0.5 ? 1 : 0) === s.y ? 1 : 0)
    loss -= s.w * Math.log(Math.max(1e-12, s.y ? s.p : 1 - s.p))
    weight += s.w
  }
  // AUC by ranks (unweighted).
  const sorted = [...scored].sort((a, b) => a.p - b.p)
  let pos = 0
  let rankSum = 0
  sorted.forEach((s, i) => {
    if (s.y) {
      pos++
      rankSum += i + 1
    }
  })
  const neg = sorted.length - pos
  const auc = pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : Number.NaN
  return { lines: rows.length, accuracy: right / weight, logLoss: loss / weight, auc }
}

const round = (v: number, places = 4) => Number(v.toFixed(places))

function modelFile(
  beta: readonly number[],
  std: Standard,
  sets: readonly string[],
  options: {
    dirs: readonly string[]
    holdout: boolean
    lambda: number
    weighting: string
    lines: number
  },
): string {
  const width = Math.max(...FEATURE_NAMES.map((n) => n.length)) + 3
  const rows = FEATURE_NAMES.map((name, k) => {
    const cells = [round(std.mean[k] ?? 0), round(std.scale[k] ?? 1), round(beta[k + 1] ?? 0)]
    return `    [${`'${name}',`.padEnd(width)} ${cells.map((c) => String(c).padStart(8)).join(', ')}],`
  })
  const command = [
    'npx tsx scripts/train-lines.ts',
    options.dirs.join(','),
    '--out src/text/line-model.ts',
    ...(options.holdout ? ['--holdout-half'] : []),
    `--lambda ${options.lambda}`,
    `--weight ${options.weighting}`,
  ].join(' ')
  return `/**
 * GENERATED by scripts/train-lines.ts: do not edit by hand. Regenerate with
 *
 *     ${command}
 *
 * Trained on: ${sets.join(', ')}${options.holdout ? ' (pages of even id hash only)' : ''};
 * ${options.lines} labelled lines.
 *
 * A logistic regression over the features of \`./line-features.ts\`: the
 * probability that a line is article text is sigmoid(bias + Σ weight ×
 * clamp((feature − mean) / scale, ±4)). Each row gives a feature's name, the mean and
 * scale it is standardized with, and its weight (per standard deviation: a
 * positive weight speaks for article text).
 */
export const LINE_MODEL: {
  readonly bias: number
  readonly features: readonly (readonly [name: string, mean: number, scale: number, weight: number])[]
} = {
  bias: ${round(beta[0] ?? 0)},
  features: [
    //  feature          mean      scale     weight
${rows.join('\n')}
  ],
}
`
}

function main() {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'holdout-half': { type: 'boolean' },
      lambda: { type: 'string' },
      weight: { type: 'string' },
    },
  })
  const [list] = positionals
  if (!list || !values.out) {
    console.error(usage)
    process.exit(2)
  }
  const weighting = values.weight === 'words' ? 'words' : 'line'
  const lambda = Number(values.lambda ?? '1')
  const holdout = values['holdout-half'] ?? false
  const dirs = list.split(',').filter((d) => d !== '')
  const all = dirs.flatMap((dir) => rowsOf(dir, weighting))
  const train = holdout ? all.filter((r) => r.half === 'even') : all
  const std = standardize(train, FEATURE_NAMES.length)
  const beta = fitLogistic(train, std, lambda)
  const report = (name: string, rows: readonly Row[]) => {
    const f = figures(rows, std, beta)
    console.log(
      `${name}: ${f.lines} lines, accuracy ${f.accuracy.toFixed(3)}, log loss ${f.logLoss.toFixed(3)}, AUC ${f.auc.toFixed(3)}`,
    )
  }
  report('fitted on', train)
  if (holdout)
    report(
      'held out',
      all.filter((r) => r.half === 'odd'),
    )
  const out = resolve(values.out)
  const sets = dirs.map((d) => basename(resolve(d)))
  writeFileSync(
    out,
    modelFile(beta, std, sets, { dirs, holdout, lambda, weighting, lines: train.length }),
  )
  console.log(`wrote ${relative(process.cwd(), out)}`)
}

main()
