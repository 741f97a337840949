/**
 * `clean-article/rehype`: a rehype plugin that replaces the tree with the
 * cleaned article's sanitized body and puts the article on
 * `file.data.article`.
 *
 *     unified().use(rehypeParse).use(rehypeCleanArticle, { url }).use(rehypeStringify)
 *
 * The tree rehype-parse built is used as it is: no second parse. unified is
 * not needed at run time; its types only.
 *
 * @packageDocumentation
 */
import type { Root } from 'hast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { cleanTree } from './clean.js'
import type { CleanArticle, CleanOptions } from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** The article `clean-article/rehype` made of the tree. */
    article: CleanArticle
  }
}

/** Clean the tree: the article's sanitized body replaces it. */
const rehypeCleanArticle: Plugin<[(CleanOptions | null | undefined)?], Root, Root> = (options) =>
  function transform(tree: Root, file: VFile): Root {
    const { article, tree: body } = cleanTree(tree, options)
    file.data.article = article
    return body()
  }

export default rehypeCleanArticle
export type { CleanArticle, CleanOptions } from './types.js'
/** The same plugin by name (and for CommonJS: `require('clean-article/rehype').rehypeCleanArticle`). */
export { rehypeCleanArticle }
