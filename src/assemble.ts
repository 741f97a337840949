/**
 * Put the article together from the page and the rules' verdicts: kept
 * blocks become the body, captured drops fill their fields, every drop goes
 * to the ledger.
 */
import type { Classification } from './classify/classify.js'
import { countWords } from './features.js'
import { cleanByline } from './meta/byline.js'
import type { Page } from './page.js'
import type { Block, Caption, CleanArticle, Removal } from './types.js'

/** The article's fields but its written body (`html`, `markdown`: `src/output/`). */
export type ArticleFields = Omit<CleanArticle, 'html' | 'markdown'>

export function assemble(
  page: Page,
  classification: Classification,
  url: string | null,
): ArticleFields {
  const blocks: Block[] = []
  const removed: Removal[] = []
  const captions: Caption[] = []
  let byline: string | null = null
  let authorBio: string | null = null
  let section: string | null = null
  for (const block of page.blocks) {
    if (block.index === page.titleIndex) continue
    const drop = classification.drops.get(block.index)
    if (!drop) {
      blocks.push(block)
      continue
    }
    const { rule, verdict } = drop
    removed.push({
      rule: rule.id,
      category: rule.category,
      reason: verdict.reason,
      text: block.text,
    })
    const value = verdict.value ?? block.text
    switch (verdict.capture) {
      case 'byline':
        byline ??= value
        break
      case 'authorBio':
        authorBio = authorBio ? `${authorBio}\n\n${value}` : value
        break
      case 'caption':
        captions.push({ text: value, credit: verdict.credit ?? null })
        break
      case 'section':
        section ??= value
        break
      default:
        break
    }
  }
  const text = blocks.map((b) => b.text).join('\n\n')
  const meta = page.meta
  return {
    title: page.title ?? meta.title,
    // The page's own metadata first: a rule's capture is a line of text, often a label.
    byline: meta.byline ?? (meta.article ? cleanByline(byline) : null),
    published: meta.published,
    modified: meta.modified,
    siteName: meta.siteName,
    lang: meta.lang ?? page.lang,
    url: meta.url ?? url,
    excerpt: meta.excerpt,
    image: meta.image,
    section: section ?? meta.section,
    tags: meta.tags,
    format: page.format,
    blocks,
    text,
    wordCount: countWords(text),
    truncated: page.truncated === true,
    fromExcerpt: page.fromExcerpt === true,
    captions,
    authorBio,
    removed,
  }
}
