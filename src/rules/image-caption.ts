import { defineRule } from '../define-rule.js'
import type { Block, RuleContext, Verdict } from '../types.js'
import { hintMatcher, perPage } from './util.js'

/** Photo agencies and stock libraries seen in credits. */
const AGENCY =
  'getty images|getty|ap photo|ap|reuters|afp|epa|epa-efe|efe|dpa|picture alliance|picture-alliance|imago|shutterstock|alamy|istock|istockphoto|unsplash|pexels|bloomberg|xinhua|tass|ria novosti|kyodo|ansa|anp|pa|pa images|pa wire|press association|sipa|abaca|zuma|zuma press|eyevine|keystone|belga|wikimedia commons|wikimedia|flickr|nasa|handout|file photo|courtesy|archive|archiv|photo|foto|screenshot|cc by(?:-sa)? [\\d.]+'

/** A credit in parentheses at the end: "(Name/Getty Images)", "(AP Photo/Name)". Case matters here. */
const SLASH_CREDIT =
  /\(\s*((?:(?:[Pp]hoto|[Ff]oto|[Ii]mage|[Bb]ild|[Pp]icture)(?: by|:)?\s*)?\p{Lu}[^()/]{0,60}\/\s*\p{Lu}[^()]{0,60})\)\s*\.?$/u
/**
 * An agency alone in parentheses at the end of a caption: "… square. (Reuters)",
 * "(Photo: AFP)". Without a photo label it must follow a finished sentence:
 * "reported by Agence France-Presse (AFP)." is prose.
 */
const AGENCY_CREDIT = new RegExp(
  `(?:(?:^|[.!?…”"]\\s*)\\(\\s*((?:${AGENCY})\\b[^()]{0,40})|\\(\\s*((?:photo|foto|image|bild|picture)(?: by|:)\\s*(?:${AGENCY})\\b[^()]{0,40}))\\)\\s*\\.?$`,
  'iu',
)

/** "Photo: Reuters", "Foto: dpa", "Image : AFP", "写真：", "Фото:" as the whole line or its end. */
const LABEL =
  '(?:photo(?:graph)?s?|photo credit|image(?: credit)?|picture|pic|credit|foto(?:s)?|bild|bildquelle|fotografía|imagen|immagine|crédits? photos?|фото|写真|图片来源|图片|圖片)'
const CREDIT_LINE = new RegExp(`^${LABEL}\\s*[:：]\\s*(\\S.{0,80})$`, 'iu')
const CREDIT_END = new RegExp(`^(.{10,}?[.!?”"])\\s+${LABEL}\\s*[:：]\\s*([^.]{2,60})\\.?$`, 'iu')
/** A whole line "Name/Getty Images": a photographer and an agency, nothing else. The agency ends the line. */
const BARE_CREDIT = new RegExp(`^(\\p{Lu}[\\p{L}.'’ -]{1,50}\\/\\s?(?:${AGENCY}))$`, 'iu')
/** Chinese wire credit "（新华社记者 X 摄）". */
const CN_CREDIT = /[（(]([^（）()]{2,40}摄)[)）]\s*$/u

const HINTS = hintMatcher({
  tokens: ['credit', 'credits', 'image-credit', 'photo-credit'],
  parts: ['caption', 'figcaption', 'captions'],
})

/** A character every credit form needs: a colon, a slash or an opening parenthesis. */
const CREDIT_MARK = /[:：/(（]/

interface Parsed {
  text: string
  credit: string | null
}

/** Split a caption into text and credit, or null when the block is no caption. */
export function parseCaption(text: string): Parsed | null {
  if (text.length > 1000 || !CREDIT_MARK.test(text)) return null
  const line = CREDIT_LINE.exec(text)
  if (line?.[1] && line[1].split(/\s+/).length <= 8) return { text: '', credit: line[1].trim() }
  const bare = BARE_CREDIT.exec(text)
  if (bare?.[1]) return { text: '', credit: bare[1] }
  const paren = SLASH_CREDIT.exec(text) ?? AGENCY_CREDIT.exec(text) ?? CN_CREDIT.exec(text)
  const found = paren?.[1] ?? paren?.[2]
  if (paren && found) {
    const credit = found.replace(/^(?:photo|foto|image|bild|picture)(?: by|:)?\s*/i, '').trim()
    // The match may start at the sentence end before the parenthesis.
    const open = paren.index + paren[0].search(/[（(]/u)
    return { text: text.slice(0, open).trim(), credit }
  }
  const end = CREDIT_END.exec(text)
  if (end?.[1] && end[2]) return { text: end[1].trim(), credit: end[2].trim() }
  return null
}

const WORDS_MAX = 80

/**
 * Each block's caption parse, once: a block is read as itself and as its
 * neighbours' next and previous. Kept by index in an array per page (a
 * WeakMap entry per block cost more to look up and to collect).
 */
const parsedCaptions = perPage((blocks) => new Array<Parsed | null | undefined>(blocks.length))

function captionOf(block: Block, blocks: readonly Block[]): Parsed | null {
  if (blocks[block.index] !== block) return parseCaption(block.text)
  const parsed = parsedCaptions(blocks)
  let found = parsed[block.index]
  if (found === undefined) {
    found = parseCaption(block.text)
    parsed[block.index] = found
  }
  return found
}

function isCaption(block: Block, blocks: readonly Block[]): boolean {
  return block.words <= WORDS_MAX && captionOf(block, blocks) !== null
}

/** Strip trailing punctuation for prefix comparisons. */
function stem(text: string): string {
  return text.replace(/(?<![\s.!?…])[\s.!?…]+$/u, '')
}

/**
 * Blocks a `<figure>` holds that are not captions: editors wrap tables, pull
 * quotes, code and lists in figures too (WordPress's `wp-block-table`,
 * `wp-block-pullquote`).
 */
const NOT_CAPTIONS: ReadonlySet<Block['type']> = new Set(['table', 'quote', 'code', 'list'])

function judge(block: Block, context: RuleContext): Verdict | undefined {
  if (block.words > WORDS_MAX) return undefined
  const inFigure =
    block.source.kind === 'html' &&
    (block.source.tag === 'figcaption' ||
      (block.source.path.includes('figure') &&
        !NOT_CAPTIONS.has(block.type) &&
        !block.source.path.includes('table')))
  if (isCaption(block, context.blocks) || inFigure || HINTS(block)) {
    const parsed = captionOf(block, context.blocks)
    const previous = context.blocks[block.index - 1]
    if (
      parsed &&
      parsed.text === '' &&
      previous &&
      previous.words <= 40 &&
      !isCaption(previous, context.blocks)
    ) {
      // The caption above took this credit.
      return { drop: true, reason: 'photo credit line' }
    }
    return {
      drop: true,
      reason: parsed?.credit ? 'image caption with credit' : 'image caption',
      capture: 'caption',
      value: parsed ? parsed.text : block.text,
      credit: parsed?.credit ?? null,
    }
  }
  const next = context.blocks[block.index + 1]
  // A caption whose credit stands on the next line ("Photo: Name/Agency").
  const nextCaption = next && next.words <= 12 ? captionOf(next, context.blocks) : null
  // In HTML both sit in one figure; a heading is never a caption.
  const together =
    block.source.kind === 'text' ||
    (next?.source.kind === 'html' &&
      block.source.path.includes('figure') &&
      next.source.path.includes('figure'))
  if (
    nextCaption &&
    nextCaption.text === '' &&
    block.words <= 40 &&
    block.type !== 'heading' &&
    together
  ) {
    return {
      drop: true,
      reason: 'image caption above its credit line',
      capture: 'caption',
      credit: nextCaption.credit,
    }
  }
  // Alt text shown again right before the full caption.
  if (
    next &&
    isCaption(next, context.blocks) &&
    block.text.length >= 20 &&
    stem(next.text).startsWith(stem(block.text))
  ) {
    return { drop: true, reason: 'image alt text repeated by the caption' }
  }
  return undefined
}

/** Image captions, credits and alt text; captions are kept in `captions`. */
export const imageCaption = defineRule({
  id: 'image-caption',
  category: 'caption',
  description:
    'Drops image captions, photo credits and repeated alt text; captions go to `captions` with their credit.',
  test: judge,
})
