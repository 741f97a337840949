/**
 * `clean-article/testing`: {@link testRule} tests a rule of your own on
 * cases to keep and cases to drop, through the real pipeline. It lives in
 * its own entry so that apps (and the self-contained browser build) do not
 * carry a test harness.
 *
 * @packageDocumentation
 */
export type { DropCase, RuleCase, RuleCases } from './rule-tester.js'
export { testRule } from './rule-tester.js'
