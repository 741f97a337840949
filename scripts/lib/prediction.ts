/** The scored fields of an article, as every script writes them into a prediction row. */
import type { CleanArticle } from '../../src/index.js'

export interface ArticleFields {
  readonly text: string
  readonly title: string | null
  readonly author: string | null
  readonly published: string | null
  readonly lang: string | null
  readonly siteName: string | null
}

/** The fields of a clean article that the scorer reads (`byline` is scored as `author`). */
export function fieldsOf(article: CleanArticle): ArticleFields {
  return {
    text: article.text,
    title: article.title,
    author: article.byline,
    published: article.published,
    lang: article.lang,
    siteName: article.siteName,
  }
}
