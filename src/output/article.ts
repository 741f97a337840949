/**
 * The chosen pass → the public article: its fields plus the body written
 * as sanitized HTML and as Markdown.
 */
import type { Root } from 'hast'
import type { ArticleFields } from '../assemble.js'
import type { Classification } from '../classify/classify.js'
import type { Page } from '../page.js'
import type { CleanArticle } from '../types.js'
import { bodyTree } from './body.js'
import { htmlOf, markdownOf, safeTree } from './render.js'
import { baseOf } from './urls.js'

/** One classification of a page, assembled. */
export interface Pass {
  readonly page: Page
  readonly classification: Classification
  readonly fields: ArticleFields
}

export interface Cleaned {
  readonly article: CleanArticle
  /** The sanitized body as hast (a fresh tree on every call). */
  readonly tree: () => Root
}

/**
 * The article with `html` written now (about 2 % of the time of a page) and
 * `markdown` written on first read (hast → mdast → Markdown costs about
 * half as much as cleaning the page): an enumerable getter, so spreading or
 * `JSON.stringify` include it, cached, holding only the small sanitized body
 * until then, never the page's tree.
 */
export function withOutputs(pass: Pass, url: string | null): Cleaned {
  const { page, classification, fields } = pass
  const base = baseOf(url, fields.url)
  const tree = () => safeTree(bodyTree(page, classification.drops), base)
  let safe: Root | null = tree()
  let markdown: string | null = null
  const article = { ...fields, html: htmlOf(safe) }
  Object.defineProperty(article, 'markdown', {
    enumerable: true,
    configurable: false,
    get(): string {
      if (markdown === null) {
        markdown = markdownOf(safe ?? { type: 'root', children: [] }, fields.title)
        safe = null
      }
      return markdown
    },
  })
  return { article: article as CleanArticle, tree }
}
