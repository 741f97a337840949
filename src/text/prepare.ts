import { stripSiteName } from '../html/title.js'
import { detectLang } from '../lang/detect-lang.js'
import { EMPTY_META, type Page, pageTypeOf } from '../page.js'
import { textMeta } from './meta.js'
import { segmentText } from './segment.js'
import { findTextTitle } from './title.js'

/** Plain text → a page of blocks with its title found. */
export function prepareText(text: string, url: string | null = null): Page {
  const lang = detectLang(text)
  const blocks = segmentText(text, lang)
  const titleIndex = findTextTitle(blocks)
  const line = titleIndex >= 0 ? (blocks[titleIndex]?.text ?? null) : null
  // The first line of a scraper's text is the <title>: "Headline | Site".
  const title = line !== null && titleIndex === 0 ? stripSiteName(line) : line
  const pageType = pageTypeOf({}, url)
  const meta = { ...EMPTY_META, ...textMeta(blocks, titleIndex, lang) }
  return { format: 'text', blocks, titleIndex, title, lang, pageType, meta }
}
