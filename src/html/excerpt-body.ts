/**
 * The last resort of an HTML page whose body holds no article text at all:
 * the page's declared description (`og:description`, meta description) as
 * its body. Script-rendered threads and apps send a splash screen or an
 * empty shell in their HTML, while the description carries the start of the
 * post. The article says so (`fromExcerpt`): the text is the page's own
 * summary, often cut short, not text read from its body.
 */
import type { Page } from '../page.js'
import { segmentParagraphs } from '../text/paragraphs.js'

/** The page with the description as its only blocks, or null when it declares none. */
export function excerptPage(page: Page): Page | null {
  const excerpt = page.meta.excerpt?.trim() ?? ''
  if (excerpt === '') return null
  const blocks = segmentParagraphs(excerpt, page.lang)
  if (blocks.length === 0) return null
  // No origins: the body is written from the blocks' text (`output/body.ts`).
  const { origins: _origins, wholeBody: _wholeBody, ...rest } = page
  return { ...rest, blocks, titleIndex: -1, fromExcerpt: true }
}
