import { stripSiteName } from '../html/title.js'
import { detectLang } from '../lang/detect-lang.js'
import { EMPTY_META, type Page, pageTypeOf } from '../page.js'
import type { Block } from '../types.js'
import { textMeta } from './meta.js'
import { textPageType } from './page-type.js'
import { paragraphTitle, segmentParagraphs } from './paragraphs.js'
import { segmentText } from './segment.js'
import { findTextTitle } from './title.js'

/**
 * How a text is read: `page`, a scraper's text, one block per line, the
 * headline searched for; a text laid out in paragraphs, read to test whether
 * it is already clean (`./already-clean.ts`), one block per line with its
 * first paragraph as the title (`lines`), or, once found clean, one block per
 * paragraph (`paragraphs`).
 */
export type TextReading = 'page' | 'lines' | 'paragraphs'

/** Plain text → a page of blocks with its title found. */
export function prepareText(
  text: string,
  url: string | null = null,
  reading: TextReading = 'page',
): Page {
  const lang = detectLang(text)
  const paragraphs = reading === 'paragraphs'
  const blocks: Block[] = paragraphs ? segmentParagraphs(text, lang) : segmentText(text, lang)
  const titleIndex = reading === 'page' ? findTextTitle(blocks) : paragraphTitle(blocks)
  const line = titleIndex >= 0 ? (blocks[titleIndex]?.text ?? null) : null
  // The first line of a scraper's text is the <title>: "Headline | Site".
  const title = line !== null && titleIndex === 0 ? stripSiteName(line) : line
  const pageType = textPageType(blocks, titleIndex, pageTypeOf({}, url))
  const meta = { ...EMPTY_META, ...textMeta(blocks, titleIndex, lang, title) }
  return { format: 'text', blocks, titleIndex, title, lang, pageType, meta }
}
