/**
 * The author a line of plain text names, by the shapes bylines take in a
 * scraper's text: "By Jane Doe | March 3, 2025", "ByJane Doe" (the label
 * glued to the name), a label alone on its line with the name on the next
 * ("Written by" / "Jane Doe"), and "Posted on March 3, 2025 by Jane Doe".
 */
import { BYLINE_LINE, cleanByline, joinNames, splitNames } from '../meta/byline.js'
import { findDates } from '../meta/dates.js'
import { PERSON_NAME } from '../rules/util.js'
import type { Block } from '../types.js'
import { onlyName } from './only-name.js'

/** Longer lines are prose, not bylines (a long line of one word is no name either). */
const MAX_WORDS = 14
/** A line labelled as a byline may run on past the name: "By Jane Doe | March 3, 2025 | Travel, Food | 2 comments". */
const MAX_LABELLED_WORDS = 24
const MAX_CHARS = 200
/** A labelled date glued to the byline: "By Jane DoePublished: Jan 29, 2025". */
const DATE_LABEL =
  /(?<=\S)\s*(?:[|•·–—]\s*)?(?:published|updated|posted|last updated|veröffentlicht|publié|publicado)\b.*$/iu
/** A label glued to the name or the date: "Jane DoeUpdated January 25", "UpdatedJanuary 25". */
const GLUED_LABEL = /(Updated|Published|Posted)(?=\p{Lu}|\d)/gu
/** "ByJane Doe", "Written by:Jane Doe": the label glued to a capitalised name (not "Bypass", "BYOD"). */
const GLUED_BY = /^(?:Written\s?[Bb]y|By):?(?=\p{Lu}\p{Ll})/u
/** A label alone on its line, the name on the next: "By", "Written by:", "Author". */
const LABEL_ALONE =
  /^(?:(?:article|post|story|text|words)\s+)?(?:(?:written|posted|authored|published|reported)\s+)?(?:by|von|par|por)\s*:?$|^(?:authors?|autor(?:in)?|auteur|autore|作者|記者)\s*[:：]?$/iu
/** A comment counter after the name: "Jane Doe 59 Comments". */
const COUNTER = /\s\d+\s(?:comments?|replies|responses)$/iu
/** A forum thread's first poster: "Thread starter jdoe", "Discussion in 'Help' started by jdoe, May 1". */
const STARTER = /^(?:thread|discussion|topic)\s+starter\s+|(?:^|\s)started\s+by\s+/iu
/** A forum thread's first poster before the label: "jdoe Discussion starter". */
const STARTER_AFTER = /^(\S+(?:\s\S+)?)\s+(?:thread|discussion|topic)\s+starter$/iu
/** A forum's post count under the poster's name: "Posts: 524". */
const POST_COUNT = /^posts\s*:\s*[\d,.]+$/iu
/** A question's "asked Feb 11, 2011 at 23:49", the asker's name on the next line. */
const ASKED = /^asked\s/iu

/** What may stand before "by" on a dated line, once its dates are gone: "Posted on … by". */
const DATE_WORDS = /^(?:(?:posted|published|on|at|am|le|el|the)\b|[\s,|•·–—-])*$/iu

/** Several authors joined with ", " as the field's format asks ("A and B" → "A, B"). */
function names(byline: string | null): string | null {
  if (byline === null) return null
  const parts = splitNames(byline)
  return parts.length > 1 ? joinNames(parts) : byline
}

/** "By Jane Doe | March 3, 2025": the name, without the date part. */
function fromByLine(text: string): string | null {
  const name =
    text
      .replace(GLUED_LABEL, ' $1 ')
      .replace(DATE_LABEL, '')
      .replace(COUNTER, '')
      .split(/\s[|•·–—]\s/u)[0] ?? text
  // "Erik Demaine." — a sentence's period, not an initial's ("Jr.", "J.").
  return names(cleanByline(name.replace(/(?<=\p{Ll}\p{Ll})\.$/u, '')))
}

/** "Posted on March 3, 2025 by Jane Doe", "March 3, 2025 by Jane Doe": the name after the date. */
function afterDate(text: string): string | null {
  const at = text.search(/\sby\s/iu)
  if (at < 0) return null
  let head = text.slice(0, at)
  const dates = findDates(head)
  if (dates.length === 0) return null
  for (const date of [...dates].reverse())
    head = head.slice(0, date.index) + head.slice(date.index + date.length)
  return DATE_WORDS.test(head) ? fromByLine(text.slice(at + 1)) : null
}

/** The poster a forum's thread-starter label names on the line, or null. */
function starterOf(text: string): string | null {
  const starter = STARTER.exec(text)
  if (starter) return cleanByline(text.slice(starter.index + starter[0].length).split(',')[0])
  const before = STARTER_AFTER.exec(text)
  return before ? cleanByline(before[1]) : null
}

/** A question's asker, named under its "asked Feb 11, 2011 at 23:49" line (a user name of any shape). */
function askerAt(blocks: readonly Block[], i: number): string | null {
  const next = blocks[i + 1]
  const text = (blocks[i] as Block).text
  if (!next || next.words > 3 || !ASKED.test(text) || findDates(text).length === 0) return null
  return cleanByline(next.text)
}

/**
 * The thread's starter that a forum's labels name anywhere in the text
 * ("Thread starter jdoe", "jdoe Discussion starter" over each of the
 * starter's posts), or null: several names are a forum's list of threads.
 * A user name need not look like a person's: the label says whose it is.
 * With the line of its first label.
 */
export function threadStarter(blocks: readonly Block[]): { name: string; at: number } | null {
  const found: Array<{ name: string; at: number }> = []
  blocks.forEach((block, i) => {
    if (block.words > MAX_WORDS || block.text.length > MAX_CHARS) return
    const name = starterOf(block.text) ?? askerAt(blocks, i)
    if (name) found.push({ name, at: i })
  })
  return onlyName(found, (starter) => starter.name)
}

/**
 * A long byline line runs on past the name after a bar, a dash or a date
 * ("By Jane Doe | March 3, 2025 | Travel, Food"), not in the name's own words
 * ("Written by: Jane Doe Head of Product Launches, Adoption…": a bio).
 */
function nameEndsEarly(text: string): boolean {
  const bar = text.search(/\s[|•·–—]\s/u)
  const date = findDates(text)[0]?.index ?? -1
  const ends = [bar, date].filter((at) => at > 0)
  return ends.length > 0 && text.slice(0, Math.min(...ends)).split(/\s+/u).length <= MAX_WORDS
}

/** The author named by the line at `i` (with the next line for a label alone), or null. */
export function bylineAt(blocks: readonly Block[], i: number): string | null {
  const block = blocks[i]
  if (!block || block.words > MAX_LABELLED_WORDS || block.text.length > MAX_CHARS) return null
  const text = block.text
  if (block.words > MAX_WORDS)
    return BYLINE_LINE.test(text) && nameEndsEarly(text) ? fromByLine(text) : null
  if (BYLINE_LINE.test(text)) return fromByLine(text)
  if (GLUED_BY.test(text)) return fromByLine(text.replace(GLUED_BY, 'By '))
  const next = blocks[i + 1]
  const starter = starterOf(text)
  if (starter) return starter
  if (next && block.words <= 3 && POST_COUNT.test(next.text)) return cleanByline(text)
  if (next && next.words <= 3 && ASKED.test(text) && findDates(text).length > 0)
    return cleanByline(next.text)
  // Not a second label ("Written by" / "Researched by") nor a search form's field ("By:" / "Advanced…").
  if (
    LABEL_ALONE.test(text) &&
    next &&
    next.words <= MAX_WORDS &&
    next.text.length <= MAX_CHARS &&
    !/\bby\s*:?$|[:…]/iu.test(next.text)
  )
    return fromByLine(`By ${next.text}`)
  return afterDate(text)
}

/** More byline lines than this are a listing's posts or a shop's "by Brand" grid. */
const MAX_BYLINES = 4

/**
 * The one author that labelled bylines anywhere in the text name (an
 * article whose headline was not found), or null: several names are a
 * listing's. Only a person's name counts ("By Use Case" is a menu's).
 */
export function labelledByline(blocks: readonly Block[]): { name: string; at: number } | null {
  const found: Array<{ name: string; at: number }> = []
  let lines = 0
  for (let i = 0; i < blocks.length; i++) {
    const name = bylineAt(blocks, i)
    if (!name) continue
    if (++lines > MAX_BYLINES) return null
    if (name.split(', ').every((part) => PERSON_NAME.test(part))) found.push({ name, at: i })
  }
  return onlyName(found, (byline) => byline.name)
}
