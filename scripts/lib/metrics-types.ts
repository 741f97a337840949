/**
 * The shapes the benchmark scorer (`metrics.ts`) reads and returns: gold and
 * prediction rows, per-page results and the summary.
 */

/** The article's fields, in gold and prediction rows alike. */
export interface ArticleFields {
  /** The article body; gold pages without it are left out of shingle and word F1. */
  readonly text?: string | null
  readonly title?: string | null
  readonly author?: string | null
  readonly published?: string | null
  readonly siteName?: string | null
  readonly lang?: string | null
}

/** One line of a set's `gold.jsonl`. A field absent from a set is absent from its rows. */
export interface GoldRow extends ArticleFields {
  readonly id: string
  readonly url?: string | null
  /** Page kind (`article`, `listing`…), for word F1 per type. */
  readonly type?: string | null
  /** Snippets that must be in the prediction. */
  readonly with?: readonly string[] | null
  /** Snippets that must not be in the prediction. */
  readonly without?: readonly string[] | null
}

/** One line of a predictions file. */
export interface PredictionRow extends ArticleFields {
  readonly id: string
  readonly error?: string | null
}

/** Metadata fields that are scored when the gold has them. */
export const metadataFields = ['title', 'author', 'published', 'lang', 'siteName'] as const

export type MetadataField = (typeof metadataFields)[number]

export interface ShingleCounts {
  readonly tp: number
  readonly fp: number
  readonly fn: number
}

export interface PrecisionRecall {
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

export interface SnippetCounts {
  /** `with` snippets found (true positives). */
  readonly withFound: number
  /** `with` snippets missing (false negatives). */
  readonly withMissed: number
  /** `without` snippets found (false positives). */
  readonly withoutFound: number
  /** `without` snippets absent (true negatives). */
  readonly withoutMissed: number
}

/**
 * One metadata field of one page. `expected: null` means the gold value is
 * empty: then `ok` is false when the prediction gives a value anyway (spurious).
 */
export interface MetadataCheck {
  readonly expected: string | null
  readonly got: string | null
  readonly ok: boolean
}

/** The scores of one page. Sections are present only when the gold supports them. */
export interface PageResult {
  readonly id: string
  readonly url: string | null
  readonly type: string | null
  /** No prediction line for this page (scored as empty). */
  readonly missing: boolean
  readonly error: string | null
  readonly shingle?: ShingleCounts & { readonly precision: number; readonly recall: number }
  readonly words?: PrecisionRecall
  readonly snippets?: SnippetCounts
  readonly metadata: Partial<Record<MetadataField, MetadataCheck>>
}

export interface PooledScore {
  readonly f1: number
  readonly precision: number
  readonly recall: number
  /** Pages with gold text. */
  readonly pages: number
}

export interface TypeScore {
  readonly pages: number
  readonly f1: number
  readonly precision: number
  readonly recall: number
}

export interface SnippetScore {
  readonly f1: number
  readonly precision: number
  readonly recall: number
  readonly accuracy: number
  readonly tp: number
  readonly fp: number
  readonly fn: number
  readonly tn: number
}

export interface MetadataScore {
  /** Share of `pages` whose prediction matches; null when no page has a gold value. */
  readonly accuracy: number | null
  /** Pages with a gold value (and a prediction). */
  readonly pages: number
  /** Share of `pagesWithout` where a value was predicted anyway. */
  readonly spurious?: number
  /** Pages whose gold value is empty (and that have a prediction). */
  readonly pagesWithout?: number
}

export interface Summary {
  /** Gold pages scored. */
  readonly pages: number
  /** Gold pages without a prediction line. */
  readonly missing: number
  /** Predictions with an `error`. */
  readonly errors: number
  readonly shingle?: PooledScore
  readonly words?: PooledScore
  readonly wordsByType?: Readonly<Record<string, TypeScore>>
  readonly snippets?: SnippetScore
  readonly metadata?: Partial<Record<MetadataField, MetadataScore>>
}

export interface ScoreResult {
  readonly summary: Summary
  readonly pages: readonly PageResult[]
}
