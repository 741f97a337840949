import { detectLang } from '../lang/detect-lang.js'
import { EMPTY_META, type Page, pageTypeOf } from '../page.js'
import { segmentText } from './segment.js'
import { findTextTitle } from './title.js'

/** Plain text → a page of blocks with its title found. */
export function prepareText(text: string, url: string | null = null): Page {
  const lang = detectLang(text)
  const blocks = segmentText(text, lang)
  const titleIndex = findTextTitle(blocks)
  const title = titleIndex >= 0 ? (blocks[titleIndex]?.text ?? null) : null
  const pageType = pageTypeOf(null, url)
  return { format: 'text', blocks, titleIndex, title, lang, pageType, meta: EMPTY_META }
}
