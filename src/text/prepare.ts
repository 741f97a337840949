import { withoutBreakHints } from '../features.js'
import { detectLang } from '../lang/detect-lang.js'
import { declaredHeadline } from '../meta/declared.js'
import { EMPTY_META, type Page, pageTypeOf } from '../page.js'
import type { Block } from '../types.js'
import { textMeta } from './meta.js'
import { homePage, textPageType } from './page-type.js'
import { paragraphTitle, segmentParagraphs } from './paragraphs.js'
import { visibleHeadline } from './reworded.js'
import { segmentText } from './segment.js'
import { findTextTitle, findTitleLine } from './title.js'
import { visibleTitlePart } from './title-part.js'

/** "Headline |" → "Headline": a separator (a bar, a dash, a star "⋆") left alone at the end of a line. */
function withoutTrailingSeparator(line: string): string {
  const text = line.trimEnd()
  const last = text.slice(-1)
  const before = text.slice(-2, -1)
  return '|–—-:/»·•⋆'.includes(last) && last !== '' && /\s/u.test(before)
    ? text.slice(0, -1).trimEnd()
    : text
}

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
  if (reading !== 'page') return titled(blocks, lang, paragraphTitle(blocks), reading, url)
  // The line the content is anchored on: the first line of four words or more.
  const anchor = findTextTitle(blocks)
  // The title is the first line (the `<title>`) even over a longer line below
  // it: "Terraria on Steam" over a menu row.
  const titleIndex = findTitleLine(blocks, anchor)
  const page = titled(blocks, lang, titleIndex, reading, url)
  // What stands right above the headline line (a section label) is judged by where it is shown.
  return anchor >= 0 && anchor !== titleIndex ? { ...page, headlineIndex: anchor } : page
}

/** The page of `blocks` titled by block `titleIndex` (-1: none). */
function titled(
  blocks: Block[],
  lang: string | null,
  titleIndex: number,
  reading: TextReading,
  url: string | null,
): Page {
  // Soft hyphens and zero-width spaces are line-break hints, not the title's.
  const titleBlock = titleIndex >= 0 ? blocks[titleIndex] : undefined
  const line = titleBlock ? withoutBreakHints(titleBlock.text) : null
  // The first line of a scraper's text is the <title>: "Headline | Site",
  // named by its first part as in HTML (a lone separator at its end dropped).
  // A site glued to it without a separator is cut when the headline shows alone below.
  const first =
    line !== null && titleIndex === 0
      ? visibleTitlePart(declaredHeadline(withoutTrailingSeparator(line), []), blocks, url)
      : line
  // The headline shown under the menus, when it rewords the `<title>` line.
  const title =
    first !== null && titleIndex === 0 && reading === 'page'
      ? (visibleHeadline(blocks, first) ?? first)
      : first
  const pageType = textPageType(blocks, titleIndex, pageTypeOf({}, url), homePage(url))
  const meta = { ...EMPTY_META, ...textMeta(blocks, titleIndex, lang, title) }
  return { format: 'text', blocks, titleIndex, title, lang, pageType, meta }
}
