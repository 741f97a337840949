/**
 * What `scripts/eval.ts` prints: the figures table, the worst pages and the
 * side-by-side check against the reference scorer.
 */
import type { FigurePair } from './crosscheck.js'
import type { PageResult, Summary } from './metrics.js'

type InputFormat = 'html' | 'text'

export interface Timing {
  readonly meanMs: number
  readonly p95Ms: number
}

export interface WorstPage {
  readonly id: string
  readonly url: string | null
  readonly f1?: number
  readonly precision: number
  readonly recall: number
  readonly missed?: number
  readonly leaked?: number
  readonly error: string | null
}

/** The pages that score worst: by word F1 when the set has gold text, else by snippet errors. */
export function worstPages(pages: readonly PageResult[], n: number): WorstPage[] {
  if (n === 0) return []
  const byWords = pages.filter((page) => page.words)
  if (byWords.length) {
    return [...byWords]
      .sort((a, b) => (a.words?.f1 ?? 0) - (b.words?.f1 ?? 0) || a.id.localeCompare(b.id))
      .slice(0, n)
      .map((page) => ({
        id: page.id,
        url: page.url,
        f1: page.words?.f1 ?? 0,
        precision: page.words?.precision ?? 0,
        recall: page.words?.recall ?? 0,
        error: page.error,
      }))
  }
  const errors = (page: PageResult) =>
    (page.snippets?.withMissed ?? 0) + (page.snippets?.withoutFound ?? 0)
  return pages
    .filter((page) => page.snippets && errors(page) > 0)
    .sort((a, b) => errors(b) - errors(a) || a.id.localeCompare(b.id))
    .slice(0, n)
    .map((page) => {
      const { withFound = 0, withMissed = 0, withoutFound = 0 } = page.snippets ?? {}
      return {
        id: page.id,
        url: page.url,
        precision: withFound / (withFound + withoutFound),
        recall: withFound / (withFound + withMissed),
        missed: withMissed,
        leaked: withoutFound,
        error: page.error,
      }
    })
}

// ---- printing -------------------------------------------------------------

const figure = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(3)

/** Figures that are counts, by the last part of their dotted name. */
const countNames = new Set(['pages', 'missing', 'errors', 'tp', 'fp', 'fn', 'tn', 'pagesWithout'])

const figureOrCount = (name: string, value: number | null) =>
  value !== null && countNames.has(name.split('.').pop() ?? '') ? String(value) : figure(value)

/**
 * Columns padded to their widest cell. `align` gives each column's side
 * (`l` or `r`); columns past its end are right-aligned.
 */
function table(rows: readonly (readonly string[])[], align = 'l'): string {
  const widths: number[] = []
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, cell.length)
    })
  }
  const pad = (cell: string, index: number) =>
    align[index] === 'l' ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)
  return rows.map((row) => row.map(pad).join('  ').trimEnd()).join('\n')
}

function shorten(text: string | null, width: number): string {
  if (!text) return '—'
  return text.length > width ? `${text.slice(0, width - 1)}…` : text
}

export function printSummary(
  name: string,
  format: InputFormat,
  summary: Summary,
  time: Timing | null,
) {
  const lines: string[] = [
    `${name} (${format}): ${summary.pages} pages, ${summary.missing} missing, ${summary.errors} errors`,
    '',
  ]
  const rows: string[][] = [['figure', 'F1', 'P', 'R', 'pages']]
  if (summary.shingle) {
    const s = summary.shingle
    rows.push(['shingle', figure(s.f1), figure(s.precision), figure(s.recall), String(s.pages)])
  }
  if (summary.words) {
    const w = summary.words
    rows.push(['word', figure(w.f1), figure(w.precision), figure(w.recall), String(w.pages)])
    const types = Object.entries(summary.wordsByType ?? {}).sort((a, b) => b[1].pages - a[1].pages)
    for (const [type, t] of types) {
      rows.push([`  ${type}`, figure(t.f1), figure(t.precision), figure(t.recall), String(t.pages)])
    }
  }
  if (summary.snippets) {
    const s = summary.snippets
    rows.push(['snippet', figure(s.f1), figure(s.precision), figure(s.recall), ''])
  }
  if (rows.length > 1) lines.push(table(rows))
  if (summary.snippets) {
    const { tp, fp, fn, tn, accuracy } = summary.snippets
    lines.push(
      `  snippets: ${tp} kept, ${fn} missed, ${fp} leaked, ${tn} dropped; accuracy ${figure(accuracy)}`,
    )
  }
  const metadata = Object.entries(summary.metadata ?? {})
  if (metadata.length) {
    const metaRows: string[][] = [['metadata', 'accuracy', 'pages', 'spurious', 'without']]
    for (const [field, m] of metadata) {
      metaRows.push([
        field,
        figure(m.accuracy),
        String(m.pages),
        m.pagesWithout ? figure(m.spurious) : '',
        m.pagesWithout ? String(m.pagesWithout) : '',
      ])
    }
    lines.push('', table(metaRows))
  }
  if (time) {
    lines.push(
      '',
      `time per page: mean ${time.meanMs.toFixed(2)} ms, p95 ${time.p95Ms.toFixed(2)} ms`,
    )
  }
  console.log(lines.join('\n'))
}

export function printWorst(worst: readonly WorstPage[]) {
  if (worst.length === 0) return
  const bySnippets = worst[0]?.f1 === undefined
  const head = bySnippets
    ? ['id', 'url', 'missed', 'leaked', 'P', 'R', 'error']
    : ['id', 'url', 'F1', 'P', 'R', 'error']
  const align = bySnippets ? 'llrrrrl' : 'llrrrl'
  const rows = worst.map((page) => [
    shorten(page.id, 36),
    shorten(page.url, 70),
    ...(bySnippets ? [String(page.missed ?? 0), String(page.leaked ?? 0)] : [figure(page.f1)]),
    figure(page.precision),
    figure(page.recall),
    shorten(page.error, 40).replace(/^—$/, ''),
  ])
  console.log(`\nworst ${worst.length} pages by ${bySnippets ? 'snippet errors' : 'word F1'}`)
  console.log(table([head, ...rows], align))
}

export function printCheck(pairs: readonly FigurePair[]) {
  const differ = pairs.filter((pair) => !pair.agree)
  const rows = pairs.map((pair) => [
    pair.figure,
    figureOrCount(pair.figure, pair.ours),
    figureOrCount(pair.figure, pair.reference),
    pair.agree ? '' : 'DIFFERS',
  ])
  console.log('\ncross-check with score.mjs')
  console.log(table([['figure', 'ours', 'score.mjs', ''], ...rows]))
  console.log(
    differ.length
      ? `${differ.length} of ${pairs.length} figures differ`
      : `all ${pairs.length} figures agree to the third decimal`,
  )
}

// ---- main -----------------------------------------------------------------
