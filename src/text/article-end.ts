/**
 * Where a plain-text article ends: a box that closes an article (a
 * newsletter sign-up, an author box, the comments), dropped by its rule once
 * most of the kept text stands above it, ends the article; the good text a
 * scraper's page carries below it (teasers of other stories, the author's
 * other posts, comments that read as prose) goes, when it is smaller than
 * the article above. Measured on the text of the dev sets
 * (docs/benchmarks.md): trafilatura-dev snippet F1 0.8762 → 0.8819,
 * wcxb-dev word F1 0.7999 → 0.8022.
 */
import { endsLikeSentence } from '../features.js'
import type { Block, Category } from '../types.js'

/** Categories of the boxes that close an article. */
export const CLOSING: ReadonlySet<Category> = new Set<Category>([
  'newsletter',
  'author',
  'comments',
])
/**
 * On a page not read as a discussion, share buttons, a legal footer
 * (`footer` below) and a cookie notice close it too: under an article they
 * stand between its last paragraph and the teasers, pitches and bios below;
 * under a thread's first post they do not end the page. Measured
 * (docs/benchmarks.md, session 8): wcxb-dev text 0.8174 → 0.8184,
 * trafilatura-dev 0.8941 → 0.8947, readability-pages 0.8570 → 0.8593.
 */
export const CLOSING_ARTICLE: ReadonlySet<Category> = new Set<Category>([
  ...CLOSING,
  'share',
  'legal',
  'cookie',
])
/** Share of the kept words that must stand above a closing box. */
export const ABOVE_SHARE = 0.5
/** The kept words below go when fewer than this share of those above. */
export const BELOW_SHARE = 0.5

/**
 * A legal line closes the article as a footer's: three words or more (a lone
 * "Privacy" is a menu item of a header too) and another dropped block right
 * after it (a picture's credit, "© Photo: Agency", stands between paragraphs).
 */
function footer(block: Block, blocks: readonly Block[], dropped: ReadonlyMap<number, Category>) {
  const next = blocks[block.index + 1]
  return block.words >= 3 && next !== undefined && dropped.has(next.index)
}

/**
 * A sign-up box inside the article: a kept block among the next
 * `PITCH_LOOKAHEAD` blocks after it is prose of `PITCH_PROSE` words or more,
 * ending like a sentence, that the line model (`sure`) takes for article
 * text and that is no pitch itself. A newsletter prompt between two parts of
 * a list article ("Sign up", "Receive growth tips in your inbox") is
 * followed by the next part; one that closes the article by teasers,
 * headlines or a form's messages, and a paywall by more of its pitch ("When
 * you join …, you'll get unlimited access"). Measured (docs/benchmarks.md,
 * session 9): wcxb-dev text 0.82272 → 0.82296, 4 articles won, none lost;
 * trafilatura-dev and readability-pages unchanged.
 */
function insideArticle(
  block: Block,
  blocks: readonly Block[],
  dropped: ReadonlyMap<number, Category>,
  sure: (index: number) => boolean,
): boolean {
  if (button(block, blocks, dropped)) return true
  const end = Math.min(blocks.length, block.index + 1 + PITCH_LOOKAHEAD)
  for (let i = block.index + 1; i < end; i++) {
    const next = blocks[i] as Block
    if (dropped.has(next.index)) continue
    if (
      next.words >= PITCH_PROSE &&
      endsLikeSentence(next.text) &&
      !PITCH.test(next.text) &&
      sure(next.index)
    )
      return true
  }
  return false
}
/** A sign-up button alone on its line: "Sign up", "Subscribe now". */
const BUTTON = /^(?:sign up|subscribe)(?: now| for free)?\W*$/iu

/**
 * A lone sign-up button between kept lines: a list article's call to action
 * between two of its items, not a box that closes it (a form's fields and
 * messages stand around that one). Measured (docs/benchmarks.md, session 9):
 * wcxb-dev text 0.82296 → 0.82321, 2 articles won, none lost; the other
 * sets unchanged.
 */
function button(block: Block, blocks: readonly Block[], dropped: ReadonlyMap<number, Category>) {
  const prev = blocks[block.index - 1]
  const next = blocks[block.index + 1]
  return (
    BUTTON.test(block.text.trim()) &&
    prev !== undefined &&
    !dropped.has(prev.index) &&
    next !== undefined &&
    !dropped.has(next.index)
  )
}

/** The words of a pitch that goes on below its box: joining, subscribing, access. */
const PITCH = /\b(?:join|subscri|member|sign(?:ing)? up|access|abonn|mitglied|zugang)/iu
/** Blocks looked at after a sign-up box. */
export const PITCH_LOOKAHEAD = 3
/** Words of the prose that shows the article going on below a sign-up box. */
export const PITCH_PROSE = 30

/**
 * Kept words per run of kept blocks in [start, end): an article is long runs
 * of paragraphs, a tail of teaser cards short runs between dropped dates,
 * headings and buttons.
 */
function perRun(
  blocks: readonly Block[],
  start: number,
  end: number,
  dropped: ReadonlyMap<number, Category>,
): number {
  let words = 0
  let runs = 0
  let open = false
  for (let i = Math.max(0, start); i < end; i++) {
    const block = blocks[i] as Block
    if (dropped.has(block.index)) open = false
    else {
      if (!open) runs++
      open = true
      words += block.words
    }
  }
  return runs ? words / runs : 0
}

/**
 * Indices of the kept blocks after the box that closes the article, or none.
 * `dropped` maps the index of every dropped block to its rule's category;
 * the title (`titleIndex`) and what is above it count as neither. `article`:
 * the page is not read as a discussion (`CLOSING_ARTICLE`, broken tails).
 * `sure(index)`: the line model takes that block for article text (a
 * newsletter box followed by such prose is inside the article).
 */
export function afterArticleEnd(
  blocks: readonly Block[],
  titleIndex: number,
  dropped: ReadonlyMap<number, Category>,
  article = false,
  sure: (index: number) => boolean = () => false,
): number[] {
  const closing = article ? CLOSING_ARTICLE : CLOSING
  let total = 0
  for (const block of blocks) {
    if (block.index > titleIndex && !dropped.has(block.index)) total += block.words
  }
  let above = 0
  let end = -1
  for (const block of blocks) {
    if (block.index <= titleIndex) continue
    const category = dropped.get(block.index)
    if (category === undefined) above += block.words
    else if (
      closing.has(category) &&
      (category !== 'legal' || footer(block, blocks, dropped)) &&
      above > 0 &&
      above >= total * ABOVE_SHARE &&
      (category !== 'newsletter' || !insideArticle(block, blocks, dropped, sure))
    ) {
      end = block.index
      break
    }
  }
  if (end < 0) return []
  // On a page read as an article, a tail broken into shorter runs than the
  // article's goes whatever its size (the closing box has half the words above it).
  const broken =
    article &&
    perRun(blocks, end + 1, blocks.length, dropped) < perRun(blocks, titleIndex + 1, end, dropped)
  if (!broken && total - above >= above * BELOW_SHARE) return []
  const out: number[] = []
  for (const block of blocks) {
    if (block.index > end && !dropped.has(block.index)) out.push(block.index)
  }
  return out
}
