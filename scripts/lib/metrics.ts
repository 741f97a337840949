/**
 * The benchmark figures of `shared/eval/METRICS.md`, as pure functions.
 *
 * Agrees with the reference scorer (`shared/eval/score.mjs`) figure for
 * figure, including its edge cases, so numbers printed by `scripts/eval.ts`
 * can be quoted next to the ones it prints. The summary has the same shape as
 * the reference's `--json` output, plus a few extra fields (`pages` counts,
 * word P/R per type, `siteName`), so both can be compared key by key.
 */

import {
  type GoldRow,
  type MetadataCheck,
  type MetadataField,
  type MetadataScore,
  metadataFields,
  type PageResult,
  type PooledScore,
  type PrecisionRecall,
  type PredictionRow,
  type ScoreResult,
  type ShingleCounts,
  type SnippetCounts,
  type SnippetScore,
  type Summary,
  type TypeScore,
} from './metrics-types.js'

export type {
  GoldRow,
  MetadataCheck,
  MetadataField,
  MetadataScore,
  PageResult,
  PooledScore,
  PrecisionRecall,
  PredictionRow,
  ScoreResult,
  ShingleCounts,
  SnippetCounts,
  SnippetScore,
  Summary,
  TypeScore,
} from './metrics-types.js'
export { metadataFields } from './metrics-types.js'

const wordPattern = /[\p{L}\p{N}\p{Mn}\p{Mc}_]+/gu

/** Words: runs of Unicode letters, digits, marks and `_`. */
export function words(text: string | null | undefined): string[] {
  return text ? (text.match(wordPattern) ?? []) : []
}

/**
 * Bag of 4-word shingles, case kept. A text of 1 to 3 words is one shorter
 * shingle; an empty text has none.
 */
export function shingles(text: string | null | undefined): Map<string, number> {
  const tokens = words(text)
  const bag = new Map<string, number>()
  if (tokens.length === 0) return bag
  const count = Math.max(1, tokens.length - 3)
  for (let index = 0; index < count; index++) {
    const key = tokens.slice(index, index + 4).join(' ')
    bag.set(key, (bag.get(key) ?? 0) + 1)
  }
  return bag
}

/** Shared, extra and missing shingles of a prediction against the gold. */
export function shingleCounts(
  gold: string | null | undefined,
  predicted: string | null | undefined,
): ShingleCounts {
  const expected = shingles(gold)
  const got = shingles(predicted)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [key, count] of expected) {
    const other = got.get(key) ?? 0
    tp += Math.min(count, other)
    fn += Math.max(0, count - other)
  }
  for (const [key, count] of got) fp += Math.max(0, count - (expected.get(key) ?? 0))
  return { tp, fp, fn }
}

/** Page precision: 1 when nothing is extra or missing, 0 when nothing was predicted. */
export function shinglePrecision({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1
  return tp + fp === 0 ? 0 : tp / (tp + fp)
}

/** Page recall: 1 when nothing is extra or missing, 0 when the gold has nothing. */
export function shingleRecall({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1
  return tp + fn === 0 ? 0 : tp / (tp + fn)
}

/** Harmonic mean; 0 when both are 0 (or undefined). */
export function harmonic(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
}

function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  let sum = 0
  for (const value of values) sum += value
  return sum / values.length
}

/** Word precision, recall and F1 of one page over bags of lower-cased words. */
export function wordScores(
  gold: string | null | undefined,
  predicted: string | null | undefined,
): PrecisionRecall {
  const expected = words(gold?.toLowerCase())
  const got = words(predicted?.toLowerCase())
  if (expected.length === 0) {
    return got.length === 0
      ? { precision: 1, recall: 1, f1: 1 }
      : { precision: 0, recall: 0, f1: 0 }
  }
  if (got.length === 0) return { precision: 0, recall: 0, f1: 0 }
  const remaining = new Map<string, number>()
  for (const word of expected) remaining.set(word, (remaining.get(word) ?? 0) + 1)
  let overlap = 0
  for (const word of got) {
    const left = remaining.get(word) ?? 0
    if (left > 0) {
      overlap++
      remaining.set(word, left - 1)
    }
  }
  const precision = overlap / got.length
  const recall = overlap / expected.length
  return { precision, recall, f1: harmonic(precision, recall) }
}

/** Whitespace runs to one space, trimmed. */
export function collapseWhitespace(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim()
}

/** How a title, author, language or site name is compared: whitespace, case, NFKC. */
export function normalizeMetadata(value: string | null | undefined): string {
  return collapseWhitespace(value).toLowerCase().normalize('NFKC')
}

/** Snippets found in a prediction: whitespace collapsed on both sides, case kept, substring. */
export function snippetCounts(
  gold: Pick<GoldRow, 'with' | 'without'>,
  predicted: string | null | undefined,
): SnippetCounts {
  const text = collapseWhitespace(predicted)
  const found = (snippets: readonly string[]) =>
    snippets.filter((snippet) => text.includes(collapseWhitespace(snippet))).length
  const keep = gold.with ?? []
  const drop = gold.without ?? []
  const withFound = found(keep)
  const withoutFound = found(drop)
  return {
    withFound,
    withMissed: keep.length - withFound,
    withoutFound,
    withoutMissed: drop.length - withoutFound,
  }
}

/** A metadata value as text; empty values (null, missing, '') are null. */
function asText(value: unknown): string | null {
  return value ? String(value) : null
}

/** Whether a predicted metadata value matches the gold one. `published` compares YYYY-MM-DD. */
export function metadataMatches(field: MetadataField, expected: unknown, got: unknown): boolean {
  if (field === 'published') {
    return String(got || '').slice(0, 10) === String(expected).slice(0, 10)
  }
  return normalizeMetadata(asText(got)) === normalizeMetadata(asText(expected))
}

function textScores(gold: string, predicted: string): Pick<PageResult, 'shingle' | 'words'> {
  const counts = shingleCounts(gold, predicted)
  return {
    shingle: { ...counts, precision: shinglePrecision(counts), recall: shingleRecall(counts) },
    words: wordScores(gold, predicted),
  }
}

/**
 * Score one page. `prediction` undefined means the page has no prediction:
 * its text counts as empty and its metadata is not scored.
 */
export function scorePage(gold: GoldRow, prediction: PredictionRow | undefined): PageResult {
  const text = prediction?.text ?? ''
  const metadata: Partial<Record<MetadataField, MetadataCheck>> = {}
  if (prediction) {
    for (const field of metadataFields) {
      if (!(field in gold)) continue
      const expected = asText(gold[field])
      const got = asText(prediction[field])
      metadata[field] = {
        expected,
        got,
        ok: expected === null ? got === null : metadataMatches(field, expected, got),
      }
    }
  }
  return {
    id: gold.id,
    url: gold.url ?? null,
    type: gold.type ?? null,
    missing: prediction === undefined,
    error: prediction?.error ? String(prediction.error) : null,
    ...(gold.text ? textScores(gold.text, text) : {}),
    ...(gold.with || gold.without ? { snippets: snippetCounts(gold, text) } : {}),
    metadata,
  }
}

function pooledShingles(pages: readonly PageResult[]): PooledScore | undefined {
  const scored = pages.flatMap((page) => (page.shingle ? [page.shingle] : []))
  if (scored.length === 0) return undefined
  const precision = mean(scored.filter((c) => c.tp + c.fp > 0).map((c) => c.precision))
  const recall = mean(scored.filter((c) => c.tp + c.fn > 0).map((c) => c.recall))
  return { f1: harmonic(precision, recall), precision, recall, pages: scored.length }
}

function meanWords(scores: readonly PrecisionRecall[]): TypeScore {
  return {
    pages: scores.length,
    f1: mean(scores.map((s) => s.f1)),
    precision: mean(scores.map((s) => s.precision)),
    recall: mean(scores.map((s) => s.recall)),
  }
}

function wordsByType(pages: readonly PageResult[]): Record<string, TypeScore> | undefined {
  const byType = new Map<string, PrecisionRecall[]>()
  for (const page of pages) {
    if (!page.words || !page.type) continue
    const list = byType.get(page.type) ?? []
    list.push(page.words)
    byType.set(page.type, list)
  }
  if (byType.size === 0) return undefined
  return Object.fromEntries([...byType].map(([type, scores]) => [type, meanWords(scores)]))
}

function pooledSnippets(pages: readonly PageResult[]): SnippetScore | undefined {
  let tp = 0
  let fp = 0
  let fn = 0
  let tn = 0
  for (const { snippets } of pages) {
    if (!snippets) continue
    tp += snippets.withFound
    fn += snippets.withMissed
    fp += snippets.withoutFound
    tn += snippets.withoutMissed
  }
  if (tp + fp + fn + tn === 0) return undefined
  return {
    f1: (2 * tp) / (2 * tp + fp + fn),
    precision: tp / (tp + fp),
    recall: tp / (tp + fn),
    accuracy: (tp + tn) / (tp + fp + fn + tn),
    tp,
    fp,
    fn,
    tn,
  }
}

function metadataScores(
  pages: readonly PageResult[],
): Partial<Record<MetadataField, MetadataScore>> | undefined {
  const out: Partial<Record<MetadataField, MetadataScore>> = {}
  for (const field of metadataFields) {
    const checks = pages.flatMap((page) => {
      const check = page.metadata[field]
      return check ? [check] : []
    })
    const given = checks.filter((check) => check.expected !== null)
    const empty = checks.filter((check) => check.expected === null)
    if (checks.length === 0) continue
    out[field] = {
      accuracy: given.length ? given.filter((check) => check.ok).length / given.length : null,
      pages: given.length,
      ...(empty.length
        ? {
            spurious: empty.filter((check) => !check.ok).length / empty.length,
            pagesWithout: empty.length,
          }
        : {}),
    }
  }
  return Object.keys(out).length ? out : undefined
}

/** Summarise per-page results into the figures of METRICS.md. */
export function summarize(pages: readonly PageResult[]): Summary {
  const shingle = pooledShingles(pages)
  const scored = pages.flatMap((page) => (page.words ? [page.words] : []))
  const byType = wordsByType(pages)
  const snippets = pooledSnippets(pages)
  const metadata = metadataScores(pages)
  const { f1, precision, recall, pages: count } = meanWords(scored)
  return {
    pages: pages.length,
    missing: pages.filter((page) => page.missing).length,
    errors: pages.filter((page) => page.error !== null).length,
    ...(shingle ? { shingle } : {}),
    ...(scored.length ? { words: { f1, precision, recall, pages: count } } : {}),
    ...(byType ? { wordsByType: byType } : {}),
    ...(snippets ? { snippets } : {}),
    ...(metadata ? { metadata } : {}),
  }
}

/**
 * Score predictions against a set's gold. Every gold page is scored; a page
 * without a prediction counts as empty; predictions of unknown ids are ignored
 * (the last line wins when an id repeats).
 */
export function score(
  gold: readonly GoldRow[],
  predictions: readonly PredictionRow[],
): ScoreResult {
  const byId = new Map(predictions.map((prediction) => [prediction.id, prediction]))
  const pages = gold.map((row) => scorePage(row, byId.get(row.id)))
  return { summary: summarize(pages), pages }
}
