import { defineRule } from '../define-rule.js'
import { hintMatcher } from './util.js'

/** Tag lists, reading times, counters and "updated" stamps. */
const META_LINE =
  /^(?:(?:tags?|tagged(?: with)?|filed under|categories|category|topics?|schlagwörter|schlagworte|stichwörter|themen|mots-clés|étiquettes|etiquetas|temas|argomenti|теги|标签|タグ)\s*[:：].{0,200}|\d{1,3}\s*(?:-\s*)?(?:min(?:ute)?s?|minuten|minutes?|minutos?)\.?\s*(?:read|reading time|lesezeit|de lecture|de lectura|di lettura)|(?:reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|lectura)\s*[:：]?\s*\d{1,3}\s*\S{0,10}|[\d.,]+\s*[km]?\s*(?:shares?|likes?|views?|reads?|aufrufe|partages|vues|compartidos|visitas)|(?:publikacja|opublikowano|aktualizacja)\s*[:：]?.{0,40}|(?:updated|published|posted|last (?:updated|modified)|aktualisiert|veröffentlicht|publié|mis à jour|publicado|actualizado)(?: (?:on|at|am|um|le|el))?\s*[:：]?\s*(?=.{0,50}\d)(?!.*,\s+\p{Ll})(?!.*[.!?]$).{1,50}|stand\s*[:：]\s*\S.{0,40})$/iu

const MONTHS =
  '(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|févr(?:ier)?|mar(?:ch)?|märz|mars|apr(?:il)?|avr(?:il)?|may|mai|jun(?:e|i)?|juin|jul(?:y|i)?|juil(?:let)?|aug(?:ust)?|août|sep(?:t|tember)?|sept(?:embre)?|oct(?:ober)?|okt(?:ober)?|octobre|nov(?:ember|embre)?|dec(?:ember)?|dez(?:ember)?|déc(?:embre)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\\.?'
/** A line that is only a date, optionally with a time: "21.08.2024, 07:15 Uhr", "March 3, 2024", "3 mars 2024". */
const DATE_LINE = new RegExp(
  `^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|${MONTHS}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\.?\\s+(?:de\\s+)?${MONTHS}\\s+(?:de\\s+)?\\d{4})(?:\\s*[,|·•-]?\\s*(?:at\\s+|um\\s+|à\\s+)?\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h|am|pm|[a-z]{2,4})?)?$`,
  'iu',
)

/** WordPress's post footer: "This entry was posted in X", "Der Beitrag wurde am … veröffentlicht und …". */
const POSTED_LINE =
  /^(?:this entry was (?:posted|filed) (?:in|on|under)\b|(?:der|dieser) (?:beitrag|eintrag) wurde (?:am .{1,60}? )?(?:veröffentlicht|abgelegt)\b)/iu

const HINTS = hintMatcher({
  tokens: [
    'tags',
    'tag-links',
    'tags-links',
    'cat-links',
    'reading-time',
    'posted-on',
    'entry-footer',
    'entry-meta',
    'post-meta',
    'article-meta',
    'meta-info',
  ],
  parts: ['tagcloud', 'taglist'],
})

/**
 * A forum post's signature block: the poster's sign-off under every post
 * (XenForo `message-signature`, vBulletin `signaturecontainer`), and Stack
 * Exchange's `post-signature` ("answered … by name, reputation"). Measured:
 * wcxb-dev +0.0004 (16 threads won, none lost).
 */
const SIGNATURE = hintMatcher({ parts: ['signature', 'signaturecontainer'] })

/**
 * A poster's details beside a forum post (phpBB, vBulletin, XenForo alike):
 * label and value pairs, one or several, each on its line ("Joined: Mar
 * 2019", "Posts: 1,077") or over two ("Messages" then "65,334"); and the
 * "Original poster" badge. Counts must be numbers, join dates hold a digit.
 */
const COUNT_LABEL =
  /^(?:posts|messages|reaction score|likes(?: received)?|trophy points|points|reputation|replies|solutions|credits|thanks)$/
const DATE_LABEL = /^(?:joined|join date|member since|registered)$/
const LOCATION_LABEL = /^location(?: \([^)]{0,40}\))?$/
const COUNT = /^-?[\d.,]+[km]?$/
/** Poster details are short: a few pairs. */
const POSTER_WORDS = 15

function posterPair(label: string, value: string): boolean {
  const name = label.trim().toLowerCase().replace(/:$/, '').trimEnd()
  if (value === '' || value.length > 60) return false
  if (COUNT_LABEL.test(name)) return COUNT.test(value.toLowerCase())
  if (DATE_LABEL.test(name)) return /\d/.test(value)
  return LOCATION_LABEL.test(name) && value.length <= 40
}

function posterDetails(text: string): boolean {
  if (text.toLowerCase() === 'original poster') return true
  const lines = text.split('\n').map((line) => line.trim())
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] as string
    const colon = line.indexOf(':')
    if (colon > 0 && posterPair(line.slice(0, colon), line.slice(colon + 1).trim())) i++
    else if (i + 1 < lines.length && posterPair(line, lines[i + 1] as string)) i += 2
    else return false
  }
  return true
}

/** A bare count on a thread: a post's votes, likes or number ("13", "#4", "+2", "1.2k"). */
const BARE_COUNT = /^[#+\-−]?\s?\d[\d.,]*\s?[km]?$/i

/** Tags, reading times, counters and date stamps around the article. */
export const pageMeta = defineRule({
  id: 'page-meta',
  category: 'meta',
  description:
    'Drops tag lists, reading times, share counters, "Updated …" stamps, forum signatures and poster details.',
  test(block, context) {
    if (context.pageType === 'discussion' && SIGNATURE(block))
      return { drop: true, reason: 'forum signature' }
    if (
      context.pageType === 'discussion' &&
      block.words <= POSTER_WORDS &&
      posterDetails(block.text)
    )
      return { drop: true, reason: 'poster details' }
    if (context.pageType === 'discussion' && block.words <= 2 && BARE_COUNT.test(block.text))
      return { drop: true, reason: 'vote or post count' }
    // The post footer runs long: a date, the categories, how to follow the comments.
    if (block.words <= 80 && POSTED_LINE.test(block.text))
      return { drop: true, reason: 'post footer' }
    if (block.words > 40) return undefined
    if (block.words <= 10 && DATE_LINE.test(block.text)) return { drop: true, reason: 'date stamp' }
    if (META_LINE.test(block.text) && block.words <= 25)
      return { drop: true, reason: 'tags, counter or date stamp' }
    if (HINTS(block)) return { drop: true, reason: 'article meta element' }
    return undefined
  },
})
