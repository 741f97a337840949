import { defineRule } from '../define-rule.js'
import { endsLikeSentence } from '../features.js'
import type { Block, RuleContext, Verdict } from '../types.js'
import { PERSON_NAME, hasHint, proseWordsAfter, wholeLine } from './util.js'

const NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}"

/** "Name is a … writer/reporter …": the sentence of an author box. */
const BIO_START = new RegExp(
  `^(${NAME})\\s+(?:is|was|ist|war|est|était|es|era|è|has been|hat)\\s+(?:an?|the|ein(?:e|er)?|une?|una?|uno|el|la|le|der|die|das|il|lo)?\\s*`,
  'u',
)
const ROLE =
  /\b(?:writer|reporter|journalist|editor|correspondent|columnist|contributor|author|freelancer?|blogger|photographer|producer|analyst|critic|novelist|redakteur(?:in)?|journalistin|autor(?:in)?|korrespondent(?:in)?|reporterin|journaliste|rédact(?:eur|rice)|correspondant(?:e)?|chroniqueu(?:r|se)|periodista|redactor(?:a)?|corresponsal|columnista|giornalista|scrittore|scrittrice)\b/iu

/** "By Name", "Von Name", "Par Name", "Por Name", "Autor: Name", optional role/date after a separator. */
const BY_LINE = new RegExp(
  `^(?:by|von|par|por|di|door|av|af|przez|written by|text:|autor(?:in)?:|author:|auteur\\s?:|作者[:：])\\s*(${NAME}(?:\\s*(?:,|and|und|et|y|e|&)\\s*${NAME})*)\\s*(?:$|[,|•·–—-]\\s*\\S.*$)`,
  'u',
)

const ABOUT = wholeLine([
  'about the authors?',
  'about the writer',
  'the author',
  'author',
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

const HINTS = new Set(['author-bio', 'author-box', 'authorbox', 'about-author', 'author-info', 'author-description', 'author-card', 'bio', 'byline', 'author', 'vcard', 'post-author', 'article-author', 'contributor'])

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

/** The block is in the page's tail: little article prose follows it. */
function inTail(block: Block, context: RuleContext): boolean {
  return proseWordsAfter(context.blocks, block.index) < 60
}

function judge(block: Block, context: RuleContext): Verdict | undefined {
  const text = block.text
  const nearTop = context.titleIndex >= 0 ? block.index <= context.titleIndex + 4 : block.index < 6
  const hinted = hasHint(block, HINTS)
  if (block.words <= 20 && (nearTop || hinted)) {
    const by = BY_LINE.exec(text)
    if (by?.[1]) return { drop: true, reason: 'byline', capture: 'byline', value: by[1] }
  }
  if (block.words <= 8 && ABOUT.test(text)) return { drop: true, reason: 'author box heading' }
  const subject = bioSubject(block)
  if (subject && (hinted || inTail(block, context))) {
    return { drop: true, reason: 'author bio', capture: 'authorBio' }
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
