/**
 * The headline inside a scraper's `<title>` line when the site is glued to it
 * without a separator the declared-title parts know: a label ending in a
 * colon before it ("Engora Data Blog: Headline", "Docs: 18: Headline") or
 * the site's name after it ("Headline Solo Stove", "Headline (Site Name)") or
 * a blog's "Archives", or a shop's frame ("Buy Headline at Site").
 * Only taken when the page shows the headline alone on a later line.
 */
import { bareHost } from '../meta/host.js'
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

/** A blog's category page: "Zero Waste for Beginners Archives". */
const ARCHIVES = /^\s+archives?$/iu

/** A shop's frame around the headline: "Buy Microphones at Site", "Shop Brand at site.com with …". */
function shopFrame(title: string): { headline: string; site: string } | null {
  const lead = /^(?:buy|shop) /iu.exec(title)?.[0].length ?? 0
  const at = lead > 0 ? title.indexOf(' at ', lead) : -1
  if (at < 0) return null
  return { headline: title.slice(lead, at), site: title.slice(at + 4).split(' ')[0] ?? '' }
}

/** Every word of the rest is in the host, one of them at least 3 letters long. */
function spellsHost(rest: string, host: string): boolean {
  if (host === '') return false
  const words = rest
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(squash)
  return words.some((w) => w.length >= 3) && words.every((w) => host.includes(w))
}

/** The address's host without `www.`, squashed: "www.solo-stove.com" → "solostovecom". */
function squashedHost(url: string | null): string {
  return squash(bareHost(url) ?? '')
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
  // "Headline Site": the rest names the address ("Solo Stove" on solostove.com,
  // "@ Windy Community" on community.windy.com) or is a blog's "Archives".
  const host = squashedHost(url)
  for (const line of lines) {
    if (!title.startsWith(line) || line.length === title.length) continue
    const rest = title.slice(line.length)
    if (/[\p{L}\p{N}]$/u.test(line) && /^[\p{L}\p{N}]/u.test(rest)) continue
    if (ARCHIVES.test(rest) || spellsHost(rest, host)) return line
  }
  // "Buy Headline at Site": the site's first word spells the address.
  const frame = shopFrame(title)
  if (frame && lines.has(frame.headline) && spellsHost(frame.site, host)) return frame.headline
  return title
}
