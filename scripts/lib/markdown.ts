/** Small helpers to write GitHub-flavoured markdown safely. */

/** One line: whitespace (newlines included) collapsed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Cut a text to `max` characters, with an ellipsis when cut. */
export function cut(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}

/**
 * A code span that survives any content: backticks inside are fenced by a
 * longer run, and `|` is escaped so the span can stand in a table cell.
 */
export function code(text: string): string {
  const t = oneLine(text).replace(/\|/g, '\\|')
  if (t === '') return '(empty)'
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${t}${pad}${fence}`
}

/** Text for a table cell: one line, `|` escaped. */
export function cell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|')
}

/** A table from a header row and body rows of ready cell text. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}
