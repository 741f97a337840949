/**
 * The headline inside a scraper's `<title>` line when the site is glued to it
 * without a separator the declared-title parts know: a label ending in a
 * colon before it ("Engora Data Blog: Headline", "Docs: 18: Headline") or
 * the site's name after it ("Headline Solo Stove", "Headline (Site Name)").
 * Only taken when the page shows the headline alone on a later line.
 */
import type { Block } from '../types.js'

/** Words a colon label's piece may have ("City of … Department"). */
const LABEL_WORDS = 6

/** Letters and digits only, lower-cased: "Solo Stove" → "solostove". */
function squash(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
}

/** The address's host without `www.`, squashed: "www.solo-stove.com" → "solostovecom". */
function squashedHost(url: string | null): string {
  if (!url) return ''
  try {
    return squash(new URL(url).hostname.replace(/^www\d*\./iu, ''))
  } catch {
    return ''
  }
}

/** "Blog: 18: " — pieces ending in colons, each a few words, a label. */
function isColonLabel(prefix: string): boolean {
  const pieces = prefix.split(/:\s+/u)
  if (pieces.pop() !== '') return false
  return pieces.every((p) => {
    const words = p.trim().split(/\s+/u).filter(Boolean).length
    return words >= 1 && words <= LABEL_WORDS
  })
}

/** The title's shorter headline, or the title itself. */
export function visibleTitlePart(
  title: string,
  blocks: readonly Block[],
  url: string | null,
): string {
  const lines = new Set<string>()
  for (let i = 1; i < blocks.length; i++) {
    const text = blocks[i]?.text.trim()
    if (text && text !== title) lines.add(text)
  }
  // "Label: Headline": the headline after a colon label.
  for (const m of title.matchAll(/:\s+/gu)) {
    const at = (m.index ?? 0) + m[0].length
    const rest = title.slice(at)
    if (lines.has(rest) && isColonLabel(title.slice(0, at))) return rest
  }
  // "Headline Site": the rest names the address ("Solo Stove" on solostove.com).
  const host = squashedHost(url)
  if (host === '') return title
  for (const line of lines) {
    if (!title.startsWith(line) || line.length === title.length) continue
    if (/[\p{L}\p{N}]$/u.test(line) && /^[\p{L}\p{N}]/u.test(title.slice(line.length))) continue
    const rest = squash(title.slice(line.length))
    if (rest.length >= 3 && host.includes(rest)) return line
  }
  return title
}
