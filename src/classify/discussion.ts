/**
 * A page whose comments outweigh its article is a discussion: a link shared
 * with a thread under it, a forum whose engine no signal named. Its comments
 * are then the content (`comment-section` keeps them on discussion pages).
 */
import type { Page } from '../page.js'
import type { Classification } from './classify.js'

/** Kept words under which the article is a short post rather than a story. */
const SHORT_POST = 300
/** Comment words per kept word over which the comments are the page. */
const COMMENTS_PER_WORD = 2

/**
 * Whether a strict pass over an HTML article page dropped more comments than
 * it kept text. A product page's reviews are never its content, however many
 * (its related carousels dropped, a short description is all that stays).
 */
export function commentsOutweigh(page: Page, classification: Classification): boolean {
  if (page.format !== 'html' || page.pageType === 'discussion' || page.pageType === 'product')
    return false
  let kept = 0
  let comments = 0
  for (const block of page.blocks) {
    if (block.index === page.titleIndex) continue
    const drop = classification.drops.get(block.index)
    if (!drop) kept += block.words
    else if (drop.rule.id === 'comment-section') comments += block.words
  }
  return kept < SHORT_POST && comments > COMMENTS_PER_WORD * kept
}
