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
 * The parts of every hint token that may stand as a word (none for a token
 * without `-`/`_` or a taxonomy token), by hints list: blocks of one element
 * share their (frozen) list, and every rule's matcher reads it.
 */
const partsCache = new WeakMap<readonly string[], readonly (readonly string[] | null)[]>()

function partsOf(hints: readonly string[]): readonly (readonly string[] | null)[] {
  const cached = partsCache.get(hints)
  if (cached) return cached
  const parts = hints.map((token) =>
    /[-_]/.test(token) && !isTaxonomy(token) ? token.split(/[-_]+/) : null,
  )
  partsCache.set(hints, parts)
  return parts
}

/** A test of whether an HTML block or one of its ancestors carries one of the hint words. */
export function hintMatcher(words: HintWords): (block: Block) => boolean {
  const tokens = new Set([...(words.tokens ?? []), ...(words.parts ?? [])])
  const parts = new Set(words.parts ?? [])
  return (block) => {
    if (block.source.kind !== 'html') return false
    const hints = block.source.hints
    for (const token of hints) if (tokens.has(token)) return true
    if (parts.size === 0) return false
    for (const split of partsOf(hints)) {
      if (split) for (const part of split) if (parts.has(part)) return true
    }
    return false
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

/** A block's text as compared for repetition: lower-cased, whitespace collapsed. */
export function lineKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim()
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
