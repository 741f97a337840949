import { defineRule } from '../define-rule.js'
import { endsLikeSentence } from '../features.js'
import { splitNames } from '../meta/byline.js'
import type { Block, RuleContext, Verdict } from '../types.js'
import { hintMatcher, PERSON_NAME, proseWordsAfter, wholeLine } from './util.js'

/** Month names end a name ("By Ann Lee May 9, 2024"). */
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b'
const NAME = `\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?!${MONTH})\\p{Lu}[\\p{L}'’.-]*){1,3}`

/** "Name is a … writer/reporter …": the sentence of an author box. */
const BIO_START = new RegExp(
  `^(${NAME})\\s+(?:is|was|ist|war|est|était|es|era|è|has been|hat)\\s+(?:an?|the|ein(?:e|er)?|une?|una?|uno|el|la|le|der|die|das|il|lo)?\\s*`,
  'u',
)
const ROLE =
  /\b(?:writer|reporter|journalist|editor|correspondent|columnist|contributor|author|freelancer?|blogger|photographer|producer|analyst|critic|novelist|redakteur(?:in)?|journalistin|autor(?:in)?|korrespondent(?:in)?|reporterin|journaliste|rédact(?:eur|rice)|correspondant(?:e)?|chroniqueu(?:r|se)|periodista|redactor(?:a)?|corresponsal|columnista|giornalista|scrittore|scrittrice)\b/iu

/** "By", "Von", "Par", "Por", "Autor:" before the names of a byline (any case). */
const BY_PREFIX =
  /^(?:by|von|par|por|di|door|av|af|przez|written by|text:|autor(?:in)?:|author:|auteur\s?:|作者[:：])\s*/iu
/** The names of a byline (case matters), optionally followed by a role or date after a separator. */
/** Job titles and agencies after a byline's names: never a second name. */
const ROLE_WORD =
  '(?:Staff|Senior|Special|Chief|Contributing|Associate|Deputy|Managing|Executive|Writer|Reporter|Editor|Correspondent|Columnist|Contributor|Photographer|Redakteur|Redakteurin|Korrespondent|Korrespondentin|Journaliste|Periodista|Redactor|Redactora|Corresponsal|Associated|Reuters|AFP|AP|dpa|EFE)\\b'
const BY_NAMES = new RegExp(
  `^(?!${ROLE_WORD})(${NAME}(?:\\s*(?:,|and|und|et|y|e|&)\\s*(?!${ROLE_WORD})${NAME})*)`,
  'u',
)
/** A date or stamp right after the names ("By Ann Lee May 9, 2024"). */
const DATE_AFTER = /^(?:(?:on|updated|published|am|le|el)\s+)?(?:\d|\p{L}{3,9}\.?\s\d)/iu
const SEPARATOR = /^[,|•·–—-]/u

/** "Posted on March 3, 2024 by Name": the names end the line. */
const BY_TAIL = /\s(?:by|von|par|por)\s+([^,;:|]{3,80})$/iu

/**
 * What follows a byline's names: nothing, a date, or a short role after a
 * separator ("…, Staff Writer"). A clause after a comma is a sentence that
 * merely starts with "By" ("By Christmas Eve, the shops had sold out.").
 */
function bylineRest(rest: string): boolean {
  if (rest === '' || DATE_AFTER.test(rest)) return true
  if (!SEPARATOR.test(rest)) return false
  const words = rest.split(/\s+/).length - 1
  return words <= 4 || (words <= 10 && !endsLikeSentence(rest))
}

/** Several authors joined with ", " ("A and B" → "A, B"). */
function joinNames(names: string): string {
  return splitNames(names).join(', ')
}

/** The names of a byline line ("By A and B, Staff", "Posted … by A"), or null. */
export function bylineNames(text: string): string | null {
  const prefix = BY_PREFIX.exec(text)
  if (prefix) {
    const rest = text.slice(prefix[0].length)
    const names = BY_NAMES.exec(rest)
    if (!names?.[1]) return null
    return bylineRest(rest.slice(names[1].length).trim()) ? joinNames(names[1]) : null
  }
  const tail = BY_TAIL.exec(text)
  return tail?.[1] && PERSON_NAME.test(tail[1]) ? tail[1] : null
}

const ABOUT = wholeLine([
  'about the authors?',
  'about the writer',
  'the author',
  'author',
  'written by',
  'meet the authors?',
  'more (?:from|by|articles by|stories by) .{1,60}',
  '(?:view|see) all (?:posts|articles|stories) by .{1,60}',
  'über (?:den autor|die autorin)',
  'zur person',
  'à propos de l.auteur(?:e)?',
  "l'auteur",
  'sobre (?:el|la) autora?',
  'acerca del autor',
  'sull.autore',
  'об авторе',
  '作者简介',
  '著者について',
])

/** "About Jane Doe" heading an author box. */
const ABOUT_NAME = /^(?:[Aa]bout|[Üü]ber|[Àà] propos de|[Ss]obre|[Aa]cerca de)\s+\p{Lu}/u

const HINTS = hintMatcher({
  tokens: ['bio', 'vcard', 'contributor', 'author-bio', 'author-box', 'about-author'],
  parts: ['author', 'authors', 'byline', 'authorbox', 'authorinfo'],
})

/** The person a bio sentence is about, if the block is one. */
function bioSubject(block: Block): string | null {
  if (block.words > 80 || !endsLikeSentence(block.text)) return null
  const match = BIO_START.exec(block.text)
  if (!match || !ROLE.test(block.text)) return null
  return match[1] ?? null
}

/** A bio sentence about `name` (or the person's last name) within the next few blocks. */
function bioFollows(name: string, blocks: readonly Block[], index: number): boolean {
  const last = name.split(/\s+/).at(-1) ?? name
  for (let i = index + 1; i <= index + 3 && i < blocks.length; i++) {
    const block = blocks[i]
    const subject = block ? bioSubject(block) : null
    if (subject && (subject === name || subject.endsWith(last))) return true
  }
  return false
}

/** "About Jane Doe" or a bare name: the name line atop an author box. */
const NAME_LINE_LEAD = /^(?:[Aa]bout|[Üü]ber|[Àà] propos de|[Ss]obre|[Aa]cerca de)\s+/u
/** Words that tell a paragraph about a person from one about a thing. */
const PERSONAL =
  /\b(?:he|she|his|her|him|I|I'm|I’m|my|er|sie|sein|seine|ihr|ihre|ich|il|elle|je|él|ella|su|yo|mi)\b/iu
/** After the name, a comma or a word in lower case ("Jane is", "Jane (Jo) joined"), not more of a name. */
const AFTER_NAME = /^(?:\s*\([^)]{1,40}\))?(?:,|\s+\p{Ll})/u
/** "Hi, I'm …", "I am …" before the first name in a first-person bio. */
const FIRST_PERSON = /^(?:(?:hi|hello|hey)[,!]?\s+)?(?:i'm|i’m|i am)\s+/iu

/** The person a short name line names ("Jane Doe", "About Jane Doe"), or null. */
function nameLine(block: Block): string | null {
  if (block.words > 6) return null
  const name = block.text.replace(NAME_LINE_LEAD, '').trim()
  return PERSON_NAME.test(name) ? name : null
}

/** The paragraph opens with the person's name, first or last name, or "I'm <first name>". */
function opensWithPerson(text: string, name: string): boolean {
  const parts = name.split(/\s+/)
  const rest = text.replace(FIRST_PERSON, '')
  for (const part of [name, parts[0] ?? name, parts.at(-1) ?? name]) {
    if (part.length < 2 || !rest.startsWith(part)) continue
    if (AFTER_NAME.test(rest.slice(part.length))) return true
  }
  return false
}

/**
 * A bio paragraph under its author box's name line: the name line within
 * three blocks above (short role lines, "Contributing Writer", between), the
 * paragraph opening with that person's name and speaking of a person.
 */
function underNameLine(block: Block, blocks: readonly Block[]): string | null {
  if (block.words < 8 || block.words > 160) return null
  if (block.words < 20 && !endsLikeSentence(block.text)) return null
  if (!PERSONAL.test(block.text) && !ROLE.test(block.text)) return null
  for (let i = block.index - 1; i >= block.index - 3 && i >= 0; i--) {
    const above = blocks[i]
    if (!above) return null
    const name = nameLine(above)
    if (name && opensWithPerson(block.text, name)) {
      return namedAbove(blocks, i, name) || goesOn(blocks[block.index + 1], name) ? null : name
    }
    if (above.words > 6 || endsLikeSentence(above.text)) return null
  }
  return null
}

/**
 * The person is named in the prose above: someone the article is about (a
 * boxer before a fight, an artist in a list), not its author.
 */
function namedAbove(blocks: readonly Block[], index: number, name: string): boolean {
  const last = name.split(/\s+/).at(-1) ?? name
  for (let i = 0; i < index; i++) {
    const block = blocks[i]
    if (block && block.words >= 20 && block.text.includes(last)) return true
  }
  return false
}

/** A paragraph of the article, not about the person, right after: the article goes on. */
function goesOn(next: Block | undefined, name: string): boolean {
  if (!next || next.words < 30 || !endsLikeSentence(next.text)) return false
  return !name.split(/\s+/).some((part) => part.length >= 3 && next.text.includes(part))
}

/** A name line whose bio paragraph follows within three blocks. */
function bioUnder(block: Block, blocks: readonly Block[]): boolean {
  if (!nameLine(block)) return false
  for (let i = block.index + 1; i <= block.index + 3 && i < blocks.length; i++) {
    const below = blocks[i]
    if (below && underNameLine(below, blocks)) return true
  }
  return false
}

/** The block is in the page's tail: little article prose follows it. */
function inTail(block: Block, context: RuleContext): boolean {
  const after = proseWordsAfter(context.blocks, block.index)
  // Little prose after it, or it stands in the last third of the page's prose
  // (an author box followed by comments or related teasers).
  return after < 60 || after < proseWordsAfter(context.blocks, -1) / 3
}

/** Blocks under the title within which a byline stands (the first six of a page without one). */
const UNDER_TITLE = 4
const UNTITLED_TOP = 6

/** A block this far below the title (or from the top), counted in blocks, may be its byline. */
function nearTop(position: number, titleIndex: number): boolean {
  return titleIndex >= 0 ? position <= titleIndex + UNDER_TITLE : position < UNTITLED_TOP
}

/**
 * Bylines the rule could not see near the top: `judge` counts raw blocks,
 * and a byline under a title's copy, a section label or a sign-up box that
 * other rules drop stands near the top once they are gone (as it does when
 * the kept text is read again). Kept blocks that are bylines within the
 * window counted in kept blocks (`dropped`: the indices dropped so far),
 * with their names.
 */
export function keptBylines(
  blocks: readonly Block[],
  titleIndex: number,
  dropped: ReadonlySet<number>,
): Array<[number, string]> {
  const out: Array<[number, string]> = []
  let position = titleIndex >= 0 ? titleIndex : -1
  for (let i = titleIndex + 1; i < blocks.length; i++) {
    if (dropped.has(i)) continue
    position++
    if (!nearTop(position, titleIndex)) break
    const block = blocks[i] as Block
    // Near the top counted in raw blocks too: `judge` has seen it.
    if (nearTop(i, titleIndex) || block.words > 20) continue
    const names = bylineNames(block.text)
    if (names) out.push([i, names])
  }
  return out
}

function judge(block: Block, context: RuleContext): Verdict | undefined {
  const text = block.text
  const hinted = HINTS(block)
  if (block.words <= 20 && (nearTop(block.index, context.titleIndex) || hinted)) {
    const names = bylineNames(text)
    if (names) return { drop: true, reason: 'byline', capture: 'byline', value: names }
  }
  if (block.words <= 8 && (ABOUT.test(text) || (hinted && ABOUT_NAME.test(text)))) {
    return { drop: true, reason: 'author box heading' }
  }
  const subject = bioSubject(block)
  if (subject && (hinted || inTail(block, context))) {
    return { drop: true, reason: 'author bio', capture: 'authorBio' }
  }
  if (inTail(block, context)) {
    if (underNameLine(block, context.blocks)) {
      return { drop: true, reason: 'author bio', capture: 'authorBio' }
    }
    if (bioUnder(block, context.blocks)) {
      return { drop: true, reason: 'author name of the author box', capture: 'byline' }
    }
  }
  if (block.words <= 5 && PERSON_NAME.test(text)) {
    if (bioFollows(text, context.blocks, block.index)) {
      return { drop: true, reason: 'author name of the author box', capture: 'byline' }
    }
    if (hinted) return { drop: true, reason: 'author name element', capture: 'byline' }
  }
  if (hinted && block.words <= 80) return { drop: true, reason: 'author element' }
  return undefined
}

/** Author boxes and bylines: name lines, bio sentences, "About the author". */
export const authorBio = defineRule({
  id: 'author-bio',
  category: 'author',
  description:
    'Drops author boxes and byline lines; the name goes to `byline`, the bio sentence to `authorBio`.',
  test: judge,
})
