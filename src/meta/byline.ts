/**
 * Author names from what pages write: "By Jane Doe | Updated March 3, 2025",
 * "Written By: Jane Doe, Senior Editor", "Post by jdoe » Sat Feb 24, 2024".
 * The name only: no "By", labels, dates, counters or "View all posts".
 */
import { findDates } from './dates.js'

/** Words that open a byline, before the name (en, de, fr, es, it, pt, nl, pl, zh, ja). */
const LEAD =
  /^(?:(?:(?:written|posted|published|authored|reviewed|edited|compiled|reported|created|produced|curated|words|story|text|article|guide|recipe|photos?|post)\s+)?by|via|von|par|por|di|door|przez|от|автор|text(?:e)?\s*:|autor(?:in)?|auteur|autore|author(?:s)?|writer|written|posted|escrito\s+por|publicado\s+por|geschrieben\s+von|作者|文|記者|著者|投稿者)(?![\p{Script=Latin}\p{Script=Cyrillic}])\s*[:：]?\s*/iu

/** Text that names no one: labels and widget captions left when the name is elsewhere. */
const NOT_A_NAME =
  /^(?:name|your name|home|contact(?: us)?|get in touch|collection|comments?|reply|log ?in|sign (?:in|up)|subscribe|by|from|and|author|authors|writer|written by|posted by|fact checked(?: by)?|last updated|updated|reviewed by|edited by|medically reviewed by|text size|learn more|read more|more|share|follow|view (?:all )?(?:posts|articles|profile)|about(?: the)? author|author spotlight|admin|administrator|editor|editorial|staff|guest|anonymous|unknown|user|team|contributor|contributors|null|undefined|none|n\/a|\d+|page\.\S+|[{[<].*)$/i

/** A role or credential line glued after the name ("Senior Editor", "Updated"). */
const TAIL =
  /(?<!\s)\s*(?:[|•·⋅»–—]|\s-\s|\bon\s+(?=\p{Lu}|\d)|\b(?:updated|published|posted|last updated|reviewed|modified|am|le|el|il|in)\b\s*[:：]?\s*(?=\d|\p{Lu})).*$/u

const EMAIL = /(?<!\s)\s*[(<]?\b(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+\b[)>]?\s*/g

/** Words of a job title, not of a name. */
const ROLE_WORD =
  /\b(?:founder|co-founder|ceo|cto|editor|writer|reviewer|analyst|expert|educators?|specialist|contributor|manager|director|journalist|reporter|correspondent|columnist|strategist|consultant|engineer|designer|president|moderator)\b/i
/** A capitalised title right after a name ("Jane Doe Founder at Acme"). */
const TITLE_WORD = /^(?:Founder|Co-Founder|CEO|CTO|Editor|Writer|Reviewer|Moderator|Director)$/u
const QUALIFIER = /^(?:Senior|Lead|Chief|Managing|Contributing|Staff|Head)$/u

/** The name without a role after it: ", Home Security Expert", " Founder at Acme". */
function withoutRole(text: string): string {
  const parts = text.split(',')
  const role = parts.findIndex((part, i) => i > 0 && ROLE_WORD.test(part))
  let name = role > 0 ? parts.slice(0, role).join(',').trimEnd() : text
  const words = name.split(' ')
  for (let i = 2; i < words.length; i++) {
    const word = words[i] ?? ''
    const next = words[i + 1] ?? ''
    if (TITLE_WORD.test(word) || (QUALIFIER.test(word) && TITLE_WORD.test(next))) {
      name = words.slice(0, i).join(' ')
      break
    }
  }
  return name
}

/** Strip the label and everything after the name. */
function stripLine(raw: string): string {
  let text = raw.replace(/\s+/g, ' ').trim()
  // "View all posts by X", "More from X", "Posts by X".
  text = text.replace(
    /^(?:view|see|read)\s+(?:all\s+|more\s+)?(?:posts|articles|stories)\s+by\s+/i,
    '',
  )
  for (let i = 0; i < 2; i++) text = text.replace(LEAD, '')
  // A date inside the line ends the name.
  const date = findDates(text)[0]
  if (date && date.index > 0) text = text.slice(0, date.index).trimEnd()
  else if (date && date.index === 0) text = text.slice(date.length)
  // A day without a year ("March 18 at 3:57 PM") and follow buttons end the name too.
  text = text.replace(
    /(?<!\s)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b.*$/s,
    '',
  )
  text = text.replace(/(?<!\s)\s+Follow\b.*$/is, '')
  // A role after the name: ", Home Security Expert", " Founder at Acme".
  text = withoutRole(text)
  // A relative time ("Alex Perry 1 day ago") and an editor's credit after the name.
  text = text.replace(
    /(?<!\s)\.?\s+(?:\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|(?:edited|reviewed|fact[- ]checked|illustrated|translated)\s+by)\b.*$/is,
    '',
  )
  text = text
    .replace(TAIL, '')
    .replace(
      /(?<!\s)(?<!\blast)\s+(?:(?:last\s+)?(?:updated|modified)|published|posted)(?:\s+(?:on|at))?$/i,
      '',
    )
    .replace(/(?<!\s)\s+(?:on|at|in|am|le|el)$/i, '')
  // A month name glued to the name by a layout without spaces ("Jane DoeMar 4").
  text = text.replace(
    /(\p{Ll})(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d.*)?$/su,
    '$1',
  )
  text = text.replace(/(\p{Ll})(?:Updated|Published|Posted)\b.*$/su, '$1')
  return text
    .replace(/^[\s,;:|•·\-–—]+|(?<![\s,;:|•·\-–—*])[\s,;:|•·\-–—*]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Whether a cleaned string looks like one or more names. */
export function looksLikeName(text: string): boolean {
  if (text.length < 2 || text.length > 100) return false
  if (NOT_A_NAME.test(text)) return false
  if (/^https?:|www\.|\.(?:com|org|net)\b/i.test(text)) return false
  if (!/\p{L}/u.test(text)) return false
  // Prices, counters, review widgets and sort controls.
  if (/[$€£¥%=<>{}|]|\d\s+\d|^[&+]/.test(text)) return false
  if (
    /\b(?:review(?:s|ed)?|posted|verified|buyer|billed|testimonial|client|customer|direction|ascending|descending|sort|filter|sensor|coming soon|shop|cart|menu|search)\b/i.test(
      text,
    )
  )
    return false
  const words = text.split(/\s+/)
  if (words.length > 14) return false
  // Sentences are not names.
  if (/[.!?]$/.test(text) && words.length > 4 && !/\b(?:jr|sr|dr|phd|md)\.$/i.test(text))
    return false
  if (
    /\b(?:the|is|are|was|were|have|has|this|that|with|your|our|we|you|will)\b/i.test(text) &&
    words.length > 4
  )
    return false
  return true
}

/**
 * The name(s) in a byline text, or null when there is none. Structured values
 * (JSON-LD, meta tags) pass `structured` and keep their commas and roles.
 */
export function cleanByline(raw: string | null | undefined, structured = false): string | null {
  if (!raw) return null
  let text = raw.replace(EMAIL, ' ').replace(/\s+/g, ' ').trim()
  if (text === '') return /@/.test(raw) && raw.length <= 60 ? raw.trim() : null
  if (/^https?:\/\//i.test(text)) return null
  text = structured ? text.replace(LEAD, '').trim() : stripLine(text)
  // "Jane Doe (jdoe)": a forum's display name repeating the user name.
  const paren = /^(.+?)\s*\((.+)\)$/.exec(text)
  if (paren?.[1] && paren[2] && paren[1].toLowerCase() === paren[2].toLowerCase()) text = paren[1]
  // "Taboola by Taboola": in a visible line, a widget's credit, not a name.
  if (!structured && /\sby\s/i.test(text)) return null
  return looksLikeName(text) ? text : null
}

/** Several names, joined with ", " as the field's format asks; duplicates dropped. */
/** Where one author's name ends and the next begins: ", ", ", and ", " & ", " and "/" und "/" et "/" y "/" e ". */
const NAME_BREAK = /(?<!\s)(?:\s*,\s*(?:(?:and|und|et|y|e)\s+)?|\s+(?:and|und|et|y|e)\s+|\s*&\s*)/u

/** The names of a list of authors ("A, B and C", "A, and B", "A & B"), empty parts left out. */
export function splitNames(text: string): string[] {
  return text.split(NAME_BREAK).filter((name) => name.trim() !== '')
}

export function joinNames(names: readonly string[]): string | null {
  const seen = new Set<string>()
  const out: string[] = []
  for (const name of names) {
    const clean = cleanByline(name, true)
    if (!clean) continue
    const key = clean.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    out.push(clean)
  }
  return out.length > 0 ? out.join(', ') : null
}

/** A byline line of visible text: "By Jane Doe", "Von Hans Muster", "Autor: …". */
export const BYLINE_LINE =
  /^(?:(?:written|posted|published|authored|words|story|text|report(?:ed)?)\s+)?(?:by|von|par|por|di|door|przez)\s*:?\s+\S|^(?:autor(?:in)?|author|auteur|autore|作者|記者)\s*[:：]\s*\S/iu
