/**
 * Small helpers shared by rules: hint lookups for HTML blocks and the shapes
 * of short lines.
 */
import { endsLikeSentence } from '../features.js'
import type { Block } from '../types.js'

/** Class/id/role hints a rule looks for. */
export interface HintWords {
  /** Whole tokens: `social` matches class "social", not "social-affairs". */
  readonly tokens?: readonly string[]
  /** Words that may also stand as a part of a token split on `-`/`_`: `share` matches "entry-share-buttons". */
  readonly parts?: readonly string[]
}

/** Taxonomy classes a CMS puts on every post: `category-ads`, `tag-comments`, `format-video`. */
const TAXONOMY = /^(?:category|tag|term|topic|format|status|post-type|type|section)[-_]/
/** What an `author-…` class names when it is an author box rather than the post's author. */
const AUTHOR_BOX =
  /^author[-_](?:.*[-_])?(?:bio|box|info|name|meta|wrap|wrapper|avatar|details|description|card|profile|block|area|content|container|title|image|photo|link|links|social|text|about|data|section)(?:$|[-_])/

/**
 * Tokens whose parts name a value, not a kind of box: `category-food-colors`,
 * and `author-jane-doe` (a post's author slug) as against `author-bio`.
 */
function isTaxonomy(token: string): boolean {
  // A negation names the opposite: `non-paywall`, `no-comments`.
  if (TAXONOMY.test(token) || /^(?:non|no|not|without)[-_]/.test(token)) return true
  return /^author[-_]/.test(token) && !AUTHOR_BOX.test(token)
}

/**
 * Every matcher owns one bit (lane `id >> 5`, bit `id & 31`); a word maps to
 * the bits of the matchers it satisfies as a whole token and as a part of a
 * token split on `-`/`_`. A hints list's mask is computed once, from its
 * tokens and their parts (none for a token without `-`/`_` or a taxonomy
 * token): blocks of one element share their (frozen) list, and every rule's
 * matcher then reads one bit instead of scanning the list.
 */
let matcherCount = 0
const tokenBits = new Map<string, Int32Array>()
const partBits = new Map<string, Int32Array>()
let masks = new WeakMap<readonly string[], Int32Array>()
let lastHints: readonly string[] | null = null
let lastMask: Int32Array = new Int32Array(0)

function addBit(map: Map<string, Int32Array>, word: string, id: number): void {
  const lanes = (id >> 5) + 1
  let bits = map.get(word)
  if (!bits || bits.length < lanes) {
    const grown = new Int32Array(lanes)
    if (bits) grown.set(bits)
    bits = grown
    map.set(word, bits)
  }
  bits[id >> 5] = (bits[id >> 5] as number) | (1 << (id & 31))
}

function orInto(mask: Int32Array, bits: Int32Array | undefined): void {
  if (bits)
    for (let i = 0; i < bits.length; i++) mask[i] = (mask[i] as number) | (bits[i] as number)
}

/**
 * The bits a token's parts give (null for none), by token: the same tokens
 * (`entry-content`, `wp-block-group`) come back on element after element and
 * page after page. Emptied when it grows.
 */
let partMasks = new Map<string, Int32Array | null>()

function partsMask(token: string): Int32Array | null {
  let mask = partMasks.get(token)
  if (mask === undefined) {
    mask = null
    if (/[-_]/.test(token) && !isTaxonomy(token))
      for (const part of token.split(/[-_]+/)) {
        const bits = partBits.get(part)
        if (!bits) continue
        mask ??= new Int32Array((matcherCount + 31) >> 5)
        orInto(mask, bits)
      }
    if (partMasks.size >= 10_000) partMasks.clear()
    partMasks.set(token, mask)
  }
  return mask
}

function maskOf(hints: readonly string[]): Int32Array {
  if (hints === lastHints) return lastMask
  let mask = masks.get(hints)
  if (!mask) {
    mask = new Int32Array((matcherCount + 31) >> 5)
    for (const token of hints) {
      orInto(mask, tokenBits.get(token))
      const parts = partsMask(token)
      if (parts) orInto(mask, parts)
    }
    masks.set(hints, mask)
  }
  lastHints = hints
  lastMask = mask
  return mask
}

/** A test of whether an HTML block or one of its ancestors carries one of the hint words. */
export function hintMatcher(words: HintWords): (block: Block) => boolean {
  const id = matcherCount++
  for (const word of [...(words.tokens ?? []), ...(words.parts ?? [])]) addBit(tokenBits, word, id)
  for (const word of words.parts ?? []) addBit(partBits, word, id)
  // Masks computed before this matcher existed lack its bit.
  masks = new WeakMap()
  partMasks = new Map()
  lastHints = null
  const lane = id >> 5
  const bit = 1 << (id & 31)
  return (block) => {
    if (block.source.kind !== 'html') return false
    return ((maskOf(block.source.hints)[lane] ?? 0) & bit) !== 0
  }
}

/** A person's name: 2-4 capitalised words, nothing else. */
export const PERSON_NAME =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|del|della|der|van|von|di|du|la|le|bin|al|el)\s+)?\p{Lu}[\p{L}'’.-]*){1,3}$/u

/** Build a whole-line matcher from alternatives (already regex-escaped where needed). */
export function wholeLine(alternatives: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(`^(?:${alternatives.join('|')})$`, flags)
}

/**
 * A per-page value, computed once from the page's (immutable, frozen) block
 * list and cached on it, so that a rule judging every block stays linear.
 */
export function perPage<T>(
  build: (blocks: readonly Block[]) => T,
): (blocks: readonly Block[]) => T {
  const cache = new WeakMap<readonly Block[], T>()
  // The page asked about last: every rule asks about one page many times in a row.
  let lastBlocks: readonly Block[] | null = null
  let lastValue: T | undefined
  return (blocks) => {
    if (blocks === lastBlocks) return lastValue as T
    let value = cache.get(blocks)
    if (value === undefined && !cache.has(blocks)) {
      value = build(blocks)
      cache.set(blocks, value)
    }
    lastBlocks = blocks
    lastValue = value
    return value as T
  }
}

/** An HTML block inside the located main content. */
export function isLocated(block: Block): boolean {
  return block.source.kind === 'html' && block.source.located
}

/** Whitespace that collapsing would change: any but a single inner space. */
const UNCOLLAPSED = /[^\S ]|\s\s|^ | $/

/** A block's text as compared for repetition: lower-cased, whitespace collapsed. */
export function lineKey(text: string): string {
  const lower = text.toLowerCase()
  // Most block texts are collapsed already: the replace would copy them unchanged.
  return UNCOLLAPSED.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower
}

/** Every block's `lineKey`, by block index, computed once per page for all rules. */
export const lineKeys = perPage((blocks) => blocks.map((block) => lineKey(block.text)))

/** Suffix sums of the words in long sentence-like blocks (≥ 20 words). */
const proseSuffix = perPage((blocks) => {
  const sums = new Int32Array(blocks.length + 1)
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]
    const prose = b && b.words >= 20 && endsLikeSentence(b.text) ? b.words : 0
    sums[i] = (sums[i + 1] ?? 0) + prose
  }
  return sums
})

/**
 * Words in long sentence-like blocks (≥ 20 words) after block `index`: a bio
 * or a name near the end of the page has little article prose after it.
 */
export function proseWordsAfter(blocks: readonly Block[], index: number): number {
  return proseSuffix(blocks)[index + 1] ?? 0
}

/** A large pattern with the cheap test that runs before it (see `guarded`). */
export interface Guarded {
  /** Matches every text the pattern matches: words each of its alternatives holds. */
  readonly need: RegExp
  readonly pattern: RegExp
  test(text: string): boolean
}

/** Every guarded pattern, for the test that each `need` covers its pattern. */
export const GUARDED: Guarded[] = []

/**
 * A rule's large regular expression behind a cheap one that every match of
 * it must match (`need`: a word each alternative holds, in the same case
 * folding): most blocks hold none of the words, and the large one never runs
 * on them. Nothing matches that did not before, nor the other way round.
 */
export function guarded(need: RegExp, pattern: RegExp): Guarded {
  const g: Guarded = {
    need,
    pattern,
    test: (text) => need.test(text) && pattern.test(text),
  }
  GUARDED.push(g)
  return g
}

/** Card fields are short lines: up to this many words (repeated-line's short line). */
const CARD_FIELD_WORDS = 8

/** A field repeated in a grid of cards recurs this many times at least. */
const CARD_MIN = 3
/** The cards' period (lines per card), bounds included. */
const CARD_MIN_PERIOD = 2
const CARD_MAX_PERIOD = 12
/** Share of the other lines of the cards that occur once on the page (titles, names). */
const CARD_UNIQUE = 0.5

/** A button, not a field: a call to action or a line ending in an arrow. */
export const BUTTON =
  /^(?:read|view|see|shop|learn|buy|add|get|watch|continue|discover|explore|more|click|download|subscribe|share|reply|book|order|show|visit|open|go|find|start|try|sign|join|follow|load|compare|select|choose|apply|contact|request|save|like|tweet|pin|email|print|play|listen)\b|[→»›>]\s*$/iu

/**
 * Keys of short lines that recur at a fixed period among lines that are
 * themselves unique: a field ("Winner", "In stock", a price label) shown
 * in every card of a grid, where the card's title and text differ. A menu
 * shown twice repeats its neighbours too, so it does not pass; nor does a
 * button ("Read more →"), which goes like any other repeated button.
 */
export const cardFields = perPage((blocks) => {
  const all = new Map<string, number>()
  const lines = lineKeys(blocks)
  // Blocks without words (rules, lone symbols) take no part in a card.
  const keys = blocks.map((block) => (block.words === 0 ? '' : (lines[block.index] ?? '')))
  for (const k of keys) if (k) all.set(k, (all.get(k) ?? 0) + 1)
  const at = new Map<string, number[]>()
  for (const [i, block] of blocks.entries()) {
    const k = keys[i] ?? ''
    if (!k || block.words > CARD_FIELD_WORDS || (all.get(k) ?? 0) < CARD_MIN) continue
    if (BUTTON.test(k)) continue
    const list = at.get(k) ?? []
    list.push(i)
    at.set(k, list)
  }
  const fields = new Set<string>()
  for (const [k, list] of at) {
    const period = (list[1] ?? 0) - (list[0] ?? 0)
    if (period < CARD_MIN_PERIOD || period > CARD_MAX_PERIOD) continue
    if (!list.every((p, j) => j === 0 || p - (list[j - 1] ?? 0) === period)) continue
    let others = 0
    let unique = 0
    for (let i = list[0] ?? 0; i <= (list.at(-1) ?? 0); i++) {
      const other = keys[i] ?? ''
      if (!other || other === k) continue
      others++
      if (all.get(other) === 1) unique++
    }
    if (others > 0 && unique / others >= CARD_UNIQUE) fields.add(k)
  }
  return fields
})
