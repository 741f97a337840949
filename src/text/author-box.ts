/**
 * The author of a plain text from the foot of the article, when no byline
 * stands near its headline: an author box ("About the author" / "Jane Doe",
 * or "Jane Doe is a reporter…"), a name line followed by a bio sentence that
 * starts with that name, or a personal site's copyright line ("© 2025 Jane
 * Doe"). Each must be the only one of its kind in the text.
 */
import { cleanByline } from '../meta/byline.js'
import { PERSON_NAME } from '../rules/util.js'
import type { Block } from '../types.js'
import { onlyName } from './only-name.js'

/** "About the author", "About the contributor:", glued to the name ("About the AuthorJane Doe"). */
const BOX_HEAD = /^about\s+the\s+(?:author|writer|contributor)s?\s*:?\s*/iu
/** A bio's first words: "Jane Doe is a reporter", "Author Jane Doe has covered…". */
const BIO_START =
  /^(?:(?:author|writer)\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})\s+(?:is|was|has|writes|covers|joined)\s/u
/** Where a name line's role begins: "Jane Doe, Managing Editor". */
const ROLE_BREAK = /[,|•·–—]/u
/** A person's pronoun: "She writes…", "He's a…". */
const PRONOUN = /\b(?:he|she|his|her|him)\b/iu
/** A name line is short; a bio is a sentence. */
const NAME_WORDS = 8

/** A person's name (two to four capitalised words), cleaned, or null. */
function person(raw: string | undefined): string | null {
  const name = cleanByline(raw?.trim())
  return name && PERSON_NAME.test(name) ? name : null
}

/** The name an author box's first line gives: a name line, or a bio sentence's first words. */
function boxName(text: string, words: number): string | null {
  if (words <= NAME_WORDS) return person(text.split(ROLE_BREAK)[0])
  return person(BIO_START.exec(text)?.[1])
}

/** The author named at line `i`, or null: a box heading with its name, or a name over its bio. */
function boxAt(blocks: readonly Block[], i: number): string | null {
  const block = blocks[i] as Block
  const next = blocks[i + 1]
  const head = BOX_HEAD.exec(block.text)
  if (head) {
    const glued = block.text.slice(head[0].length)
    if (glued) return boxName(glued, glued.split(/\s+/).length)
    return next ? boxName(next.text, next.words) : null
  }
  // "Jane Doe" / "Jane Doe is a reporter covering…", past a role line
  // ("Jane Doe" / "Senior Editor" / "Jane is a reporter…").
  if (!next || block.words > 4) return null
  const at = next.words <= NAME_WORDS ? i + 2 : i + 1
  const first = blocks[at]
  if (!first || first.words <= NAME_WORDS) return null
  const name = person(block.text)
  if (!name || !bioOf(first.text, name)) return null
  // A person's bio goes on with "he" or "she" (a company's, a product's with "it" or "they").
  const bio = `${first.text} ${blocks[at + 1]?.text ?? ''}`
  return PRONOUN.test(bio) ? name : null
}

/** A bio's verb after the name: "Jane is a reporter", "Jane has covered…". */
const BIO_VERB = /^\s(?:is|was|has|writes|covers|joined)\s/u

/** Whether a bio starts with the name, or with its first name before a bio's verb ("Jane is…"). */
function bioOf(text: string, name: string): boolean {
  if (BIO_START.exec(text)?.[1] === name) return true
  const given = name.split(' ')[0] ?? name
  return text.startsWith(given) && BIO_VERB.test(text.slice(given.length))
}

/** The one author an author box in the text names, or null (none, or several: a team page). */
export function authorBox(blocks: readonly Block[]): string | null {
  const found: string[] = []
  for (let i = 0; i < blocks.length; i++) {
    const name = boxAt(blocks, i)
    if (name) found.push(name)
  }
  return onlyName(found, String)
}

/** A copyright line: "© 2025 Jane Doe. All rights reserved.", "Copyright Jane Doe 2012-2025". */
const COPYRIGHT = /©|\(c\)|\bcopyright\b/iu
/** The marks and years around the holder's name. */
const COPYRIGHT_MARKS =
  /^(?:this\s+(?:site|blog|page)\s+is\s+)?(?:(?:©|\(c\)|copyright)\s*|\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)+/iu
/** Where the holder's name ends: "Jane Doe. All rights reserved.", "Jane Doe · Privacy". */
const NAME_END = /[.,·|•](?:\s|$)/u

/** A person's name as a copyright holder writes it: a first and a last name, each capitalised. */
const PERSONAL = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u
/** Words of a company's or an institution's name. */
const COMPANY =
  /^the\s|\b(?:inc|llc|ltd|limited|corp|corporation|company|group|media|labs?|studios?|university|college|school|academy|institute|foundation|association|society|center|centre|network|press|publishing|systems|solutions|services|software|technology|technologies|health|store|shop|magazine|authors|contributors|team|agency|partners|consulting|digital|marketing|financial|bank|education|design|photography|blog)\b/iu
/** Times a holder's last name may stand in the text. */
const MAX_NAME_USES = 5
/** Words of the first person, and of a company's "we". */
const FIRST_PERSON = /\b(?:I|I['’]m|my)\b/gu
const WE = /\b(?:we|our|us)\b/giu

/** A personal site's text speaks in the first person far more than as "we". */
function personal(blocks: readonly Block[]): boolean {
  let me = 0
  let we = 0
  for (const block of blocks) {
    me += block.text.match(FIRST_PERSON)?.length ?? 0
    we += block.text.match(WE)?.length ?? 0
  }
  return me >= 2 * (we + 1)
}

/** The holder a copyright line names, when a person's name, or null. */
function holderAt(block: Block): string | null {
  if (block.words > 14 || !COPYRIGHT.test(block.text)) return null
  const rest = block.text.replace(COPYRIGHT_MARKS, '')
  if (rest === block.text) return null
  // The words before the first number: "Jane Doe 2012-2025".
  const words: string[] = []
  for (const word of (rest.split(NAME_END)[0] ?? '').split(/\s+/)) {
    if (/\d/.test(word)) break
    if (word) words.push(word)
  }
  const name = words.join(' ')
  // "Meta Platforms, Inc": the company's suffix after the name.
  return PERSONAL.test(name) && !COMPANY.test(rest) ? name : null
}

/** The one person a copyright line names (a personal site), or null. */
export function copyrightHolder(blocks: readonly Block[]): string | null {
  const found: string[] = []
  for (const block of blocks) {
    const name = holderAt(block)
    if (name) found.push(name)
  }
  const first = onlyName(found, String)
  if (!first || !personal(blocks)) return null
  // A shop's name runs through its text ("Esprit Barbecue": barbecues); a person's last name seldom.
  const last = first.split(' ')[1]?.toLowerCase()
  let uses = 0
  for (const block of blocks)
    for (const word of block.text.toLowerCase().split(/[^\p{L}]+/u)) if (word === last) uses++
  return uses <= MAX_NAME_USES ? first : null
}
