/** The removal ledger of `--explain`: an aligned table of rule, category and removed text. */
import type { CleanArticle } from '../types.js'

const TEXT_WIDTH = 90

/**
 * The ledger as a table, one removal a line, the text on one line and
 * shortened. With a `label`, a line naming the input comes first.
 */
export function ledger(article: CleanArticle, label?: string): string {
  const rows = article.removed.map((r) => [r.rule, r.category, oneLine(r.text)] as const)
  const ruleWidth = Math.max(4, ...rows.map((r) => r[0].length))
  const categoryWidth = Math.max(8, ...rows.map((r) => r[1].length))
  const line = (a: string, b: string, c: string) =>
    `${a.padEnd(ruleWidth)}  ${b.padEnd(categoryWidth)}  ${c}\n`
  const title = label === undefined ? '' : `== ${label} (${rows.length} removed)\n`
  return [
    `\n${title}${line('rule', 'category', 'removed text')}`,
    ...rows.map((r) => line(...r)),
  ].join('')
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > TEXT_WIDTH ? `${flat.slice(0, TEXT_WIDTH - 1)}…` : flat
}
