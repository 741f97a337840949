/**
 * clean-article: turn raw HTML or plain text into a clean article (title,
 * byline, body, metadata), with every dropped piece of boilerplate listed
 * beside the rule that dropped it.
 *
 * - {@link cleanArticle} cleans a page.
 * - {@link recommended} is the default rule list; {@link defineRule} makes a
 *   rule of your own (`testRule`, from `clean-article/testing`, tests it on
 *   cases).
 *
 * @packageDocumentation
 */
export { cleanArticle } from './clean.js'
export { defineRule } from './define-rule.js'
export { recommended } from './rules/index.js'
export type {
  Block,
  BlockType,
  Caption,
  Capture,
  Category,
  CleanArticle,
  CleanOptions,
  Format,
  HtmlSource,
  PageType,
  Removal,
  Rule,
  RuleContext,
  TextSource,
  Verdict,
} from './types.js'
