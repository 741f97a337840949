import type { Rule } from './types.js'

/**
 * Define a rule. An identity function that gives a plain object its type and
 * checks the parts that TypeScript cannot: a kebab-case id and a test function.
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
