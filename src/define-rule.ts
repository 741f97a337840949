import type { Rule } from './types.js'

/**
 * Define a rule. An identity function that gives a plain object its type and
 * checks the parts that TypeScript cannot: a kebab-case id and a test function.
 *
 * @param rule - The rule: `id`, `category`, `description`, optional `formats`
 *   and `aggressive`, and `test(block, context)`.
 * @returns The same object, typed as given (literal ids and categories kept).
 * @throws TypeError when the id is not kebab-case or `test` is not a function.
 *
 * @example
 * ```ts
 * import { cleanArticle, defineRule, recommended } from 'clean-article'
 *
 * const sponsored = defineRule({
 *   id: 'sponsored-line',
 *   category: 'ads',
 *   description: 'Drops "Sponsored:" lines.',
 *   test: (block) =>
 *     block.text.startsWith('Sponsored:') ? { drop: true, reason: 'sponsor line' } : undefined,
 * })
 * cleanArticle(html, { rules: [...recommended, sponsored] })
 * ```
 *
 * See docs/custom-rules.md for a full guide.
 */
export function defineRule<const R extends Rule>(rule: R): R {
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(rule.id)) {
    throw new TypeError(`Rule id must be kebab-case, got ${JSON.stringify(rule.id)}`)
  }
  if (typeof rule.test !== 'function') {
    throw new TypeError(`Rule ${rule.id} needs a test(block, context) function`)
  }
  return rule
}
