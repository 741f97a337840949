/**
 * Per-line features of a plain-text page, for the line model
 * (`./line-model.ts`, fitted by `scripts/train-lines.ts`). The same function
 * builds the training rows and scores pages at run time, so the two cannot
 * drift apart. Every feature is a plain number; most are shares or
 * logarithms, so that no one of them dominates by its scale.
 */
import { countSymbols, endsLikeSentence } from '../features.js'
import { STOPWORDS } from '../lang/stopwords.js'
import type { Block } from '../types.js'

/** Feature names, in the order of a feature vector. */
export const FEATURE_NAMES = [
  'logChars',
  'logWords',
  'wordLength',
  'stopwords',
  'noStoplist',
  'sentenceEnd',
  'sentences',
  'commas',
  'capitals',
  'titleCase',
  'digits',
  'symbols',
  'url',
  'price',
  'counter',
  'date',
  'separators',
  'linkDensity',
  'isList',
  'isHeading',
  'isTable',
  'repeats',
  'position',
  'nearStart',
  'nearEnd',
  'beforeTitle',
  'shortRun',
  'prevChars',
  'nextChars',
  'prevStopwords',
  'nextStopwords',
  'windowProse',
  'windowChars',
  'windowStopwords',
  'proseDistance',
  'proseBefore',
  'proseAfter',
  'inMainCluster',
  'clusterShare',
  'prevSentenceEnd',
  'nextSentenceEnd',
  'prevDate',
  'nextDate',
  'prevTitleCase',
  'nextTitleCase',
] as const

export type FeatureName = (typeof FEATURE_NAMES)[number]

/** Lines under this many characters are "short" (jusText's 70). */
const SHORT = 70
/** Neighbours on each side that the window features look at. */
const WINDOW = 3
/** Blocks over which `nearStart` / `nearEnd` fade out. */
const EDGE_SPAN = 8

const URL = /https?:\/\/|www\.|\b[\w.-]+@[\w-]+\.\w{2,}\b|\b[\w-]+\.(?:com|org|net|de|fr|io)\b/iu
const PRICE = /[$€£¥]\s?\d|\d(?:[.,]\d{1,2})?\s?(?:[$€£¥]|EUR|USD|GBP)\b/u
const COUNTER =
  /^\(?\d[\d.,]*[kKmM]?\)?$|\(\d[\d.,]*\)|\b\d[\d.,]*[kKmM]?\s+(?:comments?|replies|reply|views?|likes?|shares?|min(?:ute)?s?\b|reviews?|votes?|followers?|posts?|items?|results?|kommentare?|commentaires?|comentarios?)/iu
const MONTH =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)[a-z]*\.?\s+\d{1,4}\b|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)/iu
/** A date in digits: ISO, or day, month and year parted by dots or slashes. */
export const NUMERIC_DATE = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/u
const SEPARATOR = /\s[|•·»/]\s|\s[-–—]\s/gu
const SENTENCE_INSIDE = /[.!?…。！？]["'”’)\]]?\s+\S/gu
const LETTER = /\p{L}/gu
const UPPER = /\p{Lu}/gu
const DIGIT = /\p{N}/gu
const WORD = /[\p{L}\p{N}\p{M}_]+/gu

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0
}

/** A block's features that need only the block itself and the page's language. */
function own(block: Block, hasStoplist: boolean): number[] {
  const text = block.text
  const chars = Math.max(1, text.length)
  const words = text.match(WORD) ?? []
  const letters = count(text, LETTER)
  const titleCase = words.filter((w) => /^\p{Lu}/u.test(w)).length
  const wordChars = words.reduce((sum, w) => sum + w.length, 0)
  return [
    Math.log1p(text.length),
    Math.log1p(block.words),
    words.length ? Math.min(20, wordChars / words.length) : 0,
    hasStoplist ? block.stopwordDensity : 0,
    hasStoplist ? 0 : 1,
    endsLikeSentence(text) ? 1 : 0,
    Math.log1p(count(text, SENTENCE_INSIDE)),
    words.length ? Math.min(1, count(text, /,/g) / words.length) : 0,
    letters ? count(text, UPPER) / letters : 0,
    words.length ? titleCase / words.length : 0,
    count(text, DIGIT) / chars,
    countSymbols(text) / chars,
    URL.test(text) ? 1 : 0,
    PRICE.test(text) ? 1 : 0,
    COUNTER.test(text) ? 1 : 0,
    MONTH.test(text) || NUMERIC_DATE.test(text) ? 1 : 0,
    Math.log1p(count(text, SEPARATOR)),
    block.linkDensity,
    block.type === 'list' ? 1 : 0,
    block.type === 'heading' ? 1 : 0,
    block.type === 'table' ? 1 : 0,
  ]
}

/** Length of the run of short lines each block belongs to (0 for long lines). */
function shortRuns(blocks: readonly Block[]): number[] {
  const out = new Array<number>(blocks.length).fill(0)
  let i = 0
  while (i < blocks.length) {
    if ((blocks[i]?.text.length ?? 0) >= SHORT) {
      i++
      continue
    }
    let j = i
    while (j < blocks.length && (blocks[j]?.text.length ?? 0) < SHORT) j++
    for (let k = i; k < j; k++) out[k] = j - i
    i = j
  }
  return out
}

/** A whole sentence of prose: what an article's body is made of. */
function isProse(block: Block): boolean {
  return block.words >= 15 && endsLikeSentence(block.text)
}

/** Blocks without prose, in a row, that part two clusters of prose. */
const CLUSTER_GAP = 12

/**
 * Clusters of prose blocks (parted by CLUSTER_GAP blocks without prose): for
 * each block, the share of the largest cluster's words that its cluster
 * holds (0 outside every cluster), and whether it is in the largest one.
 */
function clusters(blocks: readonly Block[], prose: readonly number[]): [number[], number[]] {
  const spans: { start: number; end: number; words: number }[] = []
  let last = -Infinity
  for (let i = 0; i < blocks.length; i++) {
    if (!prose[i]) continue
    const open = spans[spans.length - 1]
    if (open && i - last <= CLUSTER_GAP) {
      open.end = i
      open.words += blocks[i]?.words ?? 0
    } else spans.push({ start: i, end: i, words: blocks[i]?.words ?? 0 })
    last = i
  }
  const share = new Array<number>(blocks.length).fill(0)
  const main = new Array<number>(blocks.length).fill(0)
  const top = spans.reduce((m, c) => (c.words > (m?.words ?? -1) ? c : m), spans[0])
  for (const c of spans) {
    for (let i = c.start; i <= c.end; i++) {
      share[i] = top ? c.words / top.words : 0
      main[i] = c === top ? 1 : 0
    }
  }
  return [share, main]
}

/** Distance in blocks to the nearest prose block, for every block. */
function proseDistances(prose: readonly number[]): number[] {
  const n = prose.length
  const out = new Array<number>(n).fill(n)
  let last = -1
  for (let i = 0; i < n; i++) {
    if (prose[i]) last = i
    if (last >= 0) out[i] = i - last
  }
  last = -1
  for (let i = n - 1; i >= 0; i--) {
    if (prose[i]) last = i
    if (last >= 0) out[i] = Math.min(out[i] ?? n, last - i)
  }
  return out
}

/** Feature `k` of the block at `i` (0 past the page's edges). */
function neighbour(owns: readonly (readonly number[])[], i: number, k: number): number {
  return owns[i]?.[k] ?? 0
}

/**
 * The feature vectors of a page's blocks, in `FEATURE_NAMES` order.
 * `titleIndex` is the title block (-1 when none was found), `lang` the
 * page's detected language.
 */
export function lineFeatures(
  blocks: readonly Block[],
  titleIndex: number,
  lang: string | null,
): number[][] {
  const hasStoplist = lang !== null && STOPWORDS.has(lang)
  const n = blocks.length
  const owns = blocks.map((b) => own(b, hasStoplist))
  const copies = new Map<string, number>()
  for (const b of blocks) {
    const key = b.text.toLowerCase()
    copies.set(key, (copies.get(key) ?? 0) + 1)
  }
  const totalWords = Math.max(
    1,
    blocks.reduce((sum, b) => sum + b.words, 0),
  )
  const runs = shortRuns(blocks)
  const logChars = owns.map((f) => f[0] ?? 0)
  const stop = owns.map((f) => f[3] ?? 0)
  const prose = blocks.map((b) => (isProse(b) ? 1 : 0))
  const proseWords = Math.max(
    1,
    blocks.reduce((sum, b, i) => sum + (prose[i] ? b.words : 0), 0),
  )
  const distances = proseDistances(prose)
  const [share, main] = clusters(blocks, prose)
  let wordsBefore = 0
  let proseBefore = 0
  const out: number[][] = []
  for (let i = 0; i < n; i++) {
    const block = blocks[i] as Block
    let windowProse = 0
    let windowChars = 0
    let windowStop = 0
    let seen = 0
    for (let j = i - WINDOW; j <= i + WINDOW; j++) {
      if (j === i || j < 0 || j >= n) continue
      windowProse += prose[j] ?? 0
      windowChars += logChars[j] ?? 0
      windowStop += stop[j] ?? 0
      seen++
    }
    out.push([
      ...(owns[i] ?? []),
      Math.log(copies.get(block.text.toLowerCase()) ?? 1),
      wordsBefore / totalWords,
      Math.exp(-i / EDGE_SPAN),
      Math.exp(-(n - 1 - i) / EDGE_SPAN),
      i < titleIndex ? 1 : 0,
      Math.log1p(runs[i] ?? 0),
      i > 0 ? (logChars[i - 1] ?? 0) : 0,
      i < n - 1 ? (logChars[i + 1] ?? 0) : 0,
      i > 0 ? (stop[i - 1] ?? 0) : 0,
      i < n - 1 ? (stop[i + 1] ?? 0) : 0,
      seen ? windowProse / seen : 0,
      seen ? windowChars / seen : 0,
      seen ? windowStop / seen : 0,
      Math.log1p(distances[i] ?? n),
      proseBefore / proseWords,
      (proseWords - proseBefore - (prose[i] ? block.words : 0)) / proseWords,
      main[i] ?? 0,
      share[i] ?? 0,
      neighbour(owns, i - 1, 5),
      neighbour(owns, i + 1, 5),
      neighbour(owns, i - 1, 15),
      neighbour(owns, i + 1, 15),
      neighbour(owns, i - 1, 9),
      neighbour(owns, i + 1, 9),
    ])
    wordsBefore += block.words
    if (prose[i]) proseBefore += block.words
  }
  return out
}
