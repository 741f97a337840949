/**
 * The headline of a page: the visible heading that agrees with what the page
 * declares (JSON-LD headline, og:title, `<title>`), never the site's logo
 * heading; the declared title without its " | Site" part when no heading agrees.
 */
import type { Element } from 'hast'
import { isElement } from '../html/hast.js'
import { findDates } from './dates.js'
import {
  declaredHeadline,
  fold,
  homeTitle,
  isSiteName,
  leadsWithSite,
  partsOf,
  squeezed,
} from './declared.js'
import { apart, headingText } from './heading-text.js'

export { declaredHeadline, fold }

export interface HeadingCandidate {
  readonly text: string
  /** 1 for h1, 2 for a headline-marked element or h2. */
  readonly rank: number
  readonly inMain: boolean
  /** Inside a site header, a logo or a link to the home page. */
  readonly siteLike: boolean
  readonly element: Element
  /** The heading's own text when `text` is the declared headline it shows (`ledHeadline`). */
  readonly shown?: string
}

const LEADING_SEPARATOR = /^\s*(?:[|–—\-:/]|::|»|·|•)\s+\S/u
const SEPARATOR_TAIL = /(?<!\s)\s+(?:[|–—\-:/]|::|»|·|•)\s*$/u

/** Case, quotes and dashes folded; nothing else. */
function typography(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replaceAll('--', '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * A visible headline without a trailing site part ("Critics' Choice 2025 –
 * Artlyst" → "Critics' Choice 2025"): themes print the site's name into the
 * h1 too. Only a last part that names the site goes.
 */
export function withoutSiteSuffix(
  text: string,
  sites: readonly string[],
  host: string | null,
): string {
  const parts = partsOf(text)
  const last = parts[parts.length - 1]
  if (parts.length < 2 || last === undefined) return text
  const lastName = squeezed(last)
  // A last part led by the address's name ("… - Northwind Cost Report" on northwind.com).
  const led = host !== null && host.length >= 4 && fold(last).split(' ')[0] === host
  if (!isSiteName(last, sites) && lastName !== host && !led) return text
  const cut = text.lastIndexOf(last)
  const head = text.slice(0, cut).replace(SEPARATOR_TAIL, '').trim()
  return head === '' ? text : head
}

/** How well a visible heading agrees with one declared title, 0 to 1. */
function agreement(heading: string, declared: string, sites: readonly string[]): number {
  const h = fold(heading)
  const d = fold(declared)
  if (h === '' || d === '') return 0
  if (h === d) return 1
  const parts = partsOf(declared).map(fold)
  const stripped = fold(declaredHeadline(declared, sites))
  if (h === parts[0]) return 0.9
  const sited = parts.some((p) => isSiteName(p, sites))
  if (h === stripped && sited) return 0.9
  // A later part of "Headline | Site" is usually the site's name.
  if (parts.slice(1).includes(h)) return 0.3
  if (h === stripped) return 0.8
  for (const whole of [stripped, parts[0] ?? '']) {
    if (h.length >= 8 && whole.includes(h) && h.length >= whole.length * 0.5) return 0.7
    if (whole.length >= 8 && h.includes(whole) && whole.length >= h.length * 0.6) return 0.6
  }
  return 0
}

/**
 * The heading is (part of) the last part of a declared title: the site's
 * name. A middle part names the page ("Local SEO Tools" of "Local SEO
 * Software | Local SEO Tools | Try for Free - Site").
 */
function namesSite(heading: string, declared: readonly string[]): boolean {
  const h = fold(heading)
  return declared.some((d) => {
    const parts = partsOf(d).map(fold)
    const last = parts[parts.length - 1] ?? ''
    // "Info - <a thread's title of four words or more>": the first part is a label, not the headline.
    if (parts.length === 2 && !parts[0]?.includes(' ') && h === last && h.split(' ').length >= 4)
      return false
    return parts.length > 1 && h !== parts[0] && last.includes(h)
  })
}

export interface HeadlineOptions {
  /** The page declares itself an article, post or discussion (types, `og:type`, dates). */
  readonly article?: boolean
  /** Texts of the page's links home: a declared title equal to one is the site's name. */
  readonly homeNames?: readonly string[]
  /** The site's home page (its address has no path): its address's name (`talkspace`), else null. */
  readonly home?: string | null
  /** The address's name on any page (`mybb` of `community.mybb.com`): a heading saying only it is the site's name. */
  readonly host?: string | null
}

/** The distinct words of a text, folded (`fold`). */
export function foldedWords(text: string): Set<string> {
  return new Set(fold(text).match(/[\p{L}\p{N}]+/gu) ?? [])
}

/**
 * A lone h1 that disagrees with the declared title is a slogan rather than
 * the page's name when it shares no word with it ("One workspace. Zero
 * busywork." over "The AI workspace that works for you"), or, on a page that
 * is not an article, shares under 40% of their words without being a short
 * form of it ("Pet Insurance" of "Pet Insurance for Dogs & Cats" stays).
 */
export function isSlogan(h1: string, declared: string, article: boolean): boolean {
  const a = foldedWords(h1)
  const b = foldedWords(declared)
  // A one-word declared title is too little to judge by.
  if (a.size === 0 || b.size < 2) return false
  const shared = [...a].filter((w) => b.has(w)).length
  if (shared === 0) return true
  if (article || shared === a.size) return false
  return shared / (a.size + b.size - shared) < 0.4
}

/**
 * A slogan against the declared title as a whole: against its headline part
 * and against each of its other parts of two words or more ("T-Shirts & Tops"
 * names "Men's Gym Tops & T-Shirts - Workout shirts from Gymshark" by its
 * first part, though the longest part was taken for the headline).
 */
function sloganOf(h1: string, declared: string, headline: string, article: boolean): boolean {
  if (!isSlogan(h1, headline, article)) return false
  return partsOf(declared).every((p) => foldedWords(p).size < 2 || isSlogan(h1, p, article))
}

export interface Headline {
  readonly text: string
  readonly element: Element | null
  /** The visible heading's own text when it differs from `text` (to find it among the lines). */
  readonly shown?: string
  /**
   * The declared title's headline when a heading that says otherwise was
   * taken over it: the title if the heading turns out to stand outside the
   * article (`src/html/title.ts`).
   */
  readonly declared?: string
}

/**
 * Pick the headline. `declared` lists the page's own titles in order of trust
 * (JSON-LD headline, og:title, twitter:title, microdata headline, `<title>`);
 * `sites` the site's names (og:site_name, publisher).
 */
export function pickHeadline(
  all: readonly HeadingCandidate[],
  declared: readonly string[],
  sites: readonly string[],
  options: HeadlineOptions = {},
): Headline | null {
  const headings = all.map((h) =>
    h.rank === 1 ? ledHeadline(namedPiece(h, declared, sites), declared, sites) : h,
  )
  const host = options.host ?? null
  const usable = headings.filter(
    (h) =>
      h.text.length >= 2 &&
      h.text.length <= 400 &&
      !isSiteName(h.text, sites) &&
      !(host && squeezed(h.text) === host),
  )
  const h1s = usable.filter((h) => h.rank === 1 && !h.siteLike && !namesSite(h.text, declared))
  const mainH1s = h1s.filter((h) => h.inMain)
  const lone = h1s.length === 1 ? h1s[0] : mainH1s.length === 1 ? mainH1s[0] : undefined
  // h1s and headline-marked elements first; a plain h2 only when no h1 stands alone.
  const primary = usable.filter((h) => h.rank <= 2 && !(h.siteLike && h.rank > 1))
  // A declared title that starts with its separator lost its headline part
  // ("| Town News"): what is left is the site's name.
  const first = declared.find((d) => !LEADING_SEPARATOR.test(d))
  const fallback = first
    ? leadsWithSite(first, sites, options.home ?? null)
      ? homeTitle(first, sites, options.home ?? null)
      : declaredHeadline(first, sites)
    : null
  const found =
    bestAgreeing(primary, declared, sites, 0.5) ??
    (lone ? null : bestAgreeing(usable, declared, sites, 0.8))
  if (found) return withDeclared(found, fallback)
  const siteTitle =
    fallback !== null && (options.homeNames ?? []).some((n) => fold(n) === fold(fallback))
  if (
    lone &&
    !(
      fallback &&
      first &&
      !siteTitle &&
      (sloganOf(lone.text, first, fallback, options.article ?? true) || prose(lone.text))
    )
  )
    return withDeclared({ text: lone.text, element: lone.element, ...shownOf(lone) }, fallback)
  if (fallback)
    return lone
      ? { text: fallback, element: lone.element, shown: lone.shown ?? lone.text }
      : { text: fallback, element: null }
  const any = h1s[0] ?? usable[0]
  return any ? { text: any.text, element: any.element } : null
}

/**
 * A heading of sentences, more than 30 words ending in a full stop: the page's
 * description printed in the h1's place, not its name.
 */
function prose(text: string): boolean {
  return text.trimEnd().endsWith('.') && foldedWords(text).size > 30
}

/** A heading's headline, with the declared headline beside it when the two say different things. */
function withDeclared(headline: Headline, fallback: string | null): Headline {
  if (!fallback || !headline.element || fold(fallback) === fold(headline.text)) return headline
  return { ...headline, declared: fallback }
}

/**
 * An h1 of separate pieces ("<div>Get that tech stack</div><span>Name</span>")
 * that disagrees with every declared title while one piece is a declared
 * title's headline: that piece.
 */
function namedPiece(
  h: HeadingCandidate,
  declared: readonly string[],
  sites: readonly string[],
): HeadingCandidate {
  if (declared.some((d) => agreement(h.text, d, sites) >= 0.5)) return h
  const children = h.element.children.filter(isElement)
  if (!children.some((c) => apart(c.tagName))) return h
  const pieces = children.map(headingText).filter((p) => p !== '')
  if (pieces.length < 2) return h
  const heads = new Set(declared.map((d) => fold(declaredHeadline(d, sites))))
  const piece = pieces.find((p) => p.length >= 3 && heads.has(fold(p)))
  return piece ? { ...h, text: piece } : h
}

/** Words that alone before a declared headline are part of it ("The Best …"; a year). */
const leadOfHeadline = (word: string) =>
  word === 'the' || word === 'a' || word === 'an' || (word !== '' && !Number.isNaN(Number(word)))

/**
 * An h1 that prints words before the page's declared headline ("New Video
 * Doorbells" over the `og:title` "Video Doorbells", "Explore Acme's 2025
 * Award Winners" over "2025 Award Winners | Acme"): a kicker, a brand or a
 * model line set before the name the page gives itself. The declared headline
 * (a whole declared title, its first part or its headline without the site's
 * part, two words at least) is the heading's text when what stands before it
 * is short (three words at most: a longer lead makes a sentence of it, "How
 * Much Does a Meditation Class Cost?") and not an article or a number alone
 * ("The Best …", "2025 Price Guide").
 */
function ledHeadline(
  h: HeadingCandidate,
  declared: readonly string[],
  sites: readonly string[],
): HeadingCandidate {
  const text = fold(h.text)
  if (declared.some((d) => agreement(h.text, d, sites) >= 0.8)) return h
  for (const d of declared)
    for (const head of [d, partsOf(d)[0] ?? '', declaredHeadline(d, sites)]) {
      const f = fold(head)
      if (f.length < 8 || !f.includes(' ') || !text.endsWith(` ${f}`)) continue
      const lead = text.slice(0, -f.length - 1).split(' ')
      // A lead ending in a colon is the headline's own ("Town hall: …"; one-word labels, `sectionLabel`).
      if (lead.length > 3 || (lead.length === 1 && leadOfHeadline(lead[0] ?? ''))) continue
      if (lead[lead.length - 1]?.endsWith(':')) continue
      return { ...h, text: head.trim(), shown: h.text }
    }
  return h
}

/** The heading's own text, when the candidate's text is a declared headline it shows. */
const shownOf = (c: HeadingCandidate): { shown?: string } =>
  c.shown === undefined ? {} : { shown: c.shown }

/**
 * The candidate that agrees best with a declared title (at least `floor`).
 * When the two differ only in typography (quotes, dashes, case), the declared
 * text is returned: themes "smarten" visible quotes, the declared title keeps
 * what the author typed.
 */
function bestAgreeing(
  candidates: readonly HeadingCandidate[],
  declared: readonly string[],
  sites: readonly string[],
  floor: number,
): Headline | null {
  let best: { candidate: HeadingCandidate; score: number } | null = null
  candidates.forEach((candidate, order) => {
    const agree = Math.max(0, ...declared.map((d) => agreement(candidate.text, d, sites)))
    if (agree === 0 || agree < floor) return
    const score =
      agree +
      (candidate.rank === 1 ? 0.15 : candidate.rank === 2 ? 0.1 : 0) +
      (candidate.inMain ? 0.1 : 0) -
      (candidate.siteLike ? 0.5 : 0) -
      order * 0.001
    if (!best || score > best.score) best = { candidate, score }
  })
  const chosen = best as { candidate: HeadingCandidate; score: number } | null
  if (!chosen) return null
  const h = typography(chosen.candidate.text)
  for (const d of declared)
    for (const part of [d, ...partsOf(d)])
      if (typography(part) === h)
        return {
          text: part.trim(),
          element: chosen.candidate.element,
          ...shownOf(chosen.candidate),
        }
  // The heading is a declared title with a date or a source and a count
  // around it ("Dec 18 2025 Title", "Title (example.com) 87"): the title.
  for (const d of declared)
    for (const part of [d, ...partsOf(d)]) {
      const p = typography(part)
      const at = p.length >= 8 ? h.indexOf(p) : -1
      if (
        at >= 0 &&
        (onlyExtras(h.slice(0, at) + h.slice(at + p.length)) ||
          (at + p.length === h.length && sectionLabel(h.slice(0, at))))
      )
        return {
          text: part.trim(),
          element: chosen.candidate.element,
          shown: chosen.candidate.shown ?? chosen.candidate.text,
        }
    }
  return {
    text: chosen.candidate.text,
    element: chosen.candidate.element,
    ...shownOf(chosen.candidate),
  }
}

/** A one-word section label before a heading ("Blog: ", "News: "). */
function sectionLabel(lead: string): boolean {
  const label = lead.trimEnd()
  return label.endsWith(':') && label.length >= 3 && /^\p{L}+$/u.test(label.slice(0, -1))
}

const SOURCE = /\((?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\)/gu
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?(?=\s|\d|$)/g

/** Text left around a title that is only a date, or a source link with a count. */
function onlyExtras(rest: string): boolean {
  const dated = findDates(rest).length > 0
  const sourced = SOURCE.test(rest)
  SOURCE.lastIndex = 0
  if (!dated && !sourced) return false
  return (
    rest
      .replace(SOURCE, ' ')
      .replace(MONTH, ' ')
      .replace(/[\d\s,.:/|•·–—-]+/g, '') === ''
  )
}

/**
 * A visible headline "Headline – Subtitle" whose first part alone is a
 * declared title or a part of one, no declared title holding the whole: the
 * first part ("… Tools for 2026 | Python, SQL & AI" under the `<title>`
 * "… Tools for 2026 | Splunk").
 */
export function cutToDeclared(text: string, declared: readonly string[]): string {
  const parts = partsOf(text)
  const head = parts[0]
  if (parts.length < 2 || !head) return text
  const whole = fold(text)
  const declaredParts = declared.flatMap((d) => [fold(d), ...partsOf(d).map(fold)])
  if (declared.some((d) => fold(d).includes(whole))) return text
  if (!declaredParts.includes(fold(head))) return text
  const cut = text.indexOf(head) + head.length
  return text.slice(0, cut).trim()
}
