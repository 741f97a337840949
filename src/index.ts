export { cleanArticle } from './clean.js'
export { defineRule } from './define-rule.js'
export type { RuleCase, RuleCases } from './rule-tester.js'
export { testRule } from './rule-tester.js'
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
