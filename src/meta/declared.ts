/**
 * The parts of a declared title ("Headline | Site", "Site – Tagline") and
 * which of them names the page rather than the site.
 */

export const SEPARATOR = /(?<!\s)\s+(?:[|–—\-:/]|::|»|·|•)\s+/u

/**
 * Folded texts of the page being read: the headline search folds the same
 * site names, headings and declared titles again and again. Emptied when it
 * grows (a new page brings new texts).
 */
const FOLDED = new Map<string, string>()
const FOLDED_MAX = 500
const FOLDED_LENGTH = 300

/** Lower-case, quotes and dashes folded, punctuation at the ends dropped. */
export function fold(text: string): string {
  // Titles and names are short; a long text is folded without keeping it.
  if (text.length > FOLDED_LENGTH) return folding(text)
  let folded = FOLDED.get(text)
  if (folded === undefined) {
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear()
    folded = folding(text)
    FOLDED.set(text, folded)
  }
  return folded
}

/** Folded (`fold`), letters and digits only: a name as an address writes it ("Hugging Face" → "huggingface"). */
export function squeezed(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]/gu, '')
}

/** Two hyphens are a typed dash ("Problems--Simple Cells"), folded like one. */
function folding(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replaceAll('--', '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.:!?,;|-]+|(?<![\s"'.:!?,;|-])[\s"'.:!?,;|-]+$/g, '')
}

/** The parts of a declared title split at " | ", " - ", " — " and the like. */
export function partsOf(title: string): string[] {
  return title
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '')
}

/** The part is (or holds) one of the site's names. */
export function isSiteName(part: string, sites: readonly string[]): boolean {
  const p = fold(part)
  if (p === '') return true
  return sites.some((s) => {
    const f = fold(s)
    return (
      f !== '' &&
      (f === p ||
        (p.length >= 3 && f.includes(p)) ||
        (f.length >= 3 && p.includes(f) && p.length - f.length <= 12))
    )
  })
}

/**
 * The declared title without the site's part ("Headline | Site" →
 * "Headline"). With no part known for the site's, the first part with a
 * letter: titles lead with the page's own name ("Carry On Luggage | Brand").
 */
export function declaredHeadline(title: string, sites: readonly string[]): string {
  const parts = partsOf(title)
  if (parts.length <= 1) return title.trim()
  const kept = parts.filter((p) => !isSiteName(p, sites))
  if (kept.length === 0) return parts[0] ?? title.trim()
  if (kept.length < parts.length) {
    // Rejoin what is left in its order, with the page's own separators.
    const first = kept[0] ?? ''
    const last = kept[kept.length - 1] ?? ''
    const start = title.indexOf(first)
    const end = title.lastIndexOf(last) + last.length
    return start >= 0 && end > start ? title.slice(start, end).trim() : first
  }
  return parts.find((p) => /\p{L}/u.test(p)) ?? parts[0] ?? title.trim()
}

/**
 * A home page's declared title that leads with the site's name ("Talkspace -
 * #1 Rated Online Therapy"): the page is the site, and the whole title names
 * it. `host` is the home page's address name, null on any other page.
 */
export function leadsWithSite(
  title: string,
  sites: readonly string[],
  host: string | null,
): boolean {
  const lead = partsOf(title)
  if (!host || lead.length < 2 || !lead[0]) return false
  const name = squeezed(lead[0])
  return (
    isSiteName(lead[0], sites) ||
    (name.length >= 3 && (host.startsWith(name) || name.startsWith(host))) ||
    (name.length >= 4 && host.endsWith(name))
  )
}

/**
 * The title of a home page whose declared title leads with the site's name:
 * whole when the name reads into the rest ("Talkspace - #1 Rated Online
 * Therapy", "Figma: The Collaborative Interface Design Tool"), the rest when a
 * bar sets the name apart as a label ("Render | The cloud for builders").
 */
export function homeTitle(title: string, sites: readonly string[], host: string | null): string {
  const lead = partsOf(title)[0] ?? ''
  const after = title.slice(title.indexOf(lead) + lead.length)
  const bar = /^\s+\|\s+/.exec(after)
  // The bar sets apart the name alone, not a phrase that holds it ("HR Cloud: All-in-One HRIS").
  const squeeze = (text: string) => squeezed(text.replace(/[™®©℠]/gu, ''))
  const leadName = squeeze(lead)
  const name = leadName === host || sites.some((s) => squeeze(s) === leadName)
  return bar && name ? after.slice(bar[0].length).trim() : title.trim()
}
