/**
 * Test a rule against cases to keep and cases to drop, the way ESLint's
 * RuleTester does: every case runs through the real pipeline (the case's
 * lines become a plain-text page, or its HTML an HTML page), and the rule
 * is called on the target block with deeply frozen inputs, so a rule that
 * mutates what it is given fails. Throws an Error describing the first
 * failure; returns the number of cases checked.
 */
import { deepFreeze } from './freeze.js'
import { prepareHtml } from './html/prepare.js'
import type { Page } from './page.js'
import { prepareText } from './text/prepare.js'
import type { Block, Capture, Rule, RuleContext } from './types.js'

/** One case: the target line, with optional lines around it, or an HTML page. */
export interface RuleCase {
  /** The text of the block the rule judges. */
  readonly text: string
  /** Lines before the target (plain-text page). */
  readonly before?: readonly string[]
  /** Lines after the target (plain-text page). */
  readonly after?: readonly string[]
  /** An HTML page holding the target block instead of lines. */
  readonly html?: string
}

/** A case the rule must drop, with what its reason must contain. */
export interface DropCase extends RuleCase {
  /** Text the verdict's `reason` must contain (required). */
  readonly reason: string
  /** The field the verdict must capture the block into, if any. */
  readonly capture?: Capture
  /** The captured value, when it differs from the block text. */
  readonly value?: string
}

/**
 * A rule's test cases, usually `src/rules/<id>.cases.ts`. Each case is a
 * small page (plain-text lines, or HTML); the rule's doc page shows them as
 * its examples.
 */
export interface RuleCases {
  /** Blocks the rule must not drop: a line alone (a string) or a case with its page. */
  readonly keep: readonly (string | RuleCase)[]
  /** Blocks the rule must drop, with the reason (and capture) expected. */
  readonly drop: readonly DropCase[]
}

function pageOf(c: RuleCase): Page {
  if (c.html !== undefined) return prepareHtml(c.html, null)
  return prepareText([...(c.before ?? []), c.text, ...(c.after ?? [])].join('\n'))
}

function keyOf(c: RuleCase): string {
  return JSON.stringify([c.before ?? [], c.text, c.after ?? [], c.html ?? null])
}

function run(rule: Rule, c: RuleCase) {
  const page = pageOf(c)
  // In a text page the target is the line after `before` (its text may repeat).
  const line = c.html === undefined ? (c.before?.length ?? 0) : -1
  const block =
    page.blocks.find(
      (b: Block) => b.source.kind === 'text' && b.source.start === line && b.text === c.text,
    ) ?? page.blocks.find((b: Block) => b.text === c.text)
  if (!block) {
    throw new Error(
      `${rule.id}: case ${JSON.stringify(c.text)} is not a block of its page (blocks: ${JSON.stringify(page.blocks.map((b) => b.text))})`,
    )
  }
  const context: RuleContext = deepFreeze({
    blocks: page.blocks,
    format: page.format,
    lang: page.lang,
    titleIndex: page.titleIndex,
    headlineIndex: page.headlineIndex ?? page.titleIndex,
    title: page.title,
    pageType: page.pageType,
    relaxed: false,
    options: {},
  })
  const snapshot = JSON.stringify(context)
  let verdict: ReturnType<Rule['test']>
  try {
    verdict = rule.test(block, context)
  } catch (error) {
    throw new Error(
      `${rule.id}: threw on ${JSON.stringify(c.text)} (a rule must not mutate its input): ${String(error)}`,
    )
  }
  if (JSON.stringify(context) !== snapshot)
    throw new Error(`${rule.id}: mutated its input on ${JSON.stringify(c.text)}`)
  return verdict
}

/**
 * Run all cases of a rule. Each case's page goes through the real pipeline
 * (`before`, the case's `text` and `after` as plain-text lines, or its
 * `html`); the rule judges the case's block with a deeply frozen context
 * (`relaxed: false`, empty `options`).
 *
 * @returns The number of cases checked.
 * @throws Error on the first failure: a kept case dropped, a drop case kept
 *   or dropped for another reason or capture, a case whose text is no block
 *   of its page, a duplicate case, a drop case without a reason, or a rule
 *   that throws on or mutates its input.
 *
 * @example
 * ```ts
 * import { expect, it } from 'vitest'
 * import { testRule } from 'clean-article'
 *
 * it('passes its cases', () => {
 *   expect(testRule(myRule, { keep: ['A sentence of the article.'], drop: [{ text: 'Sponsored: X', reason: 'sponsor' }] })).toBe(2)
 * })
 * ```
 */
export function testRule(rule: Rule, cases: RuleCases): number {
  const seen = new Set<string>()
  const all = [...cases.keep.map((c) => (typeof c === 'string' ? { text: c } : c)), ...cases.drop]
  for (const c of all) {
    const key = keyOf(c)
    if (seen.has(key)) throw new Error(`${rule.id}: duplicate case ${JSON.stringify(c.text)}`)
    seen.add(key)
  }
  for (const c of cases.keep) {
    const kc = typeof c === 'string' ? { text: c } : c
    const verdict = run(rule, kc)
    if (verdict && 'drop' in verdict) {
      throw new Error(
        `${rule.id}: should keep ${JSON.stringify(kc.text)} but dropped it (${verdict.reason})`,
      )
    }
  }
  for (const c of cases.drop) {
    if (typeof c.reason !== 'string' || c.reason === '') {
      throw new Error(`${rule.id}: drop case ${JSON.stringify(c.text)} has no expected reason`)
    }
    const verdict = run(rule, c)
    if (!verdict || !('drop' in verdict))
      throw new Error(`${rule.id}: should drop ${JSON.stringify(c.text)} but kept it`)
    if (!verdict.reason.includes(c.reason)) {
      throw new Error(
        `${rule.id}: dropped ${JSON.stringify(c.text)} with reason ${JSON.stringify(verdict.reason)}, expected one containing ${JSON.stringify(c.reason)}`,
      )
    }
    if (c.capture !== undefined && verdict.capture !== c.capture) {
      throw new Error(
        `${rule.id}: ${JSON.stringify(c.text)} captured ${String(verdict.capture)}, expected ${c.capture}`,
      )
    }
    if (c.value !== undefined && (verdict.value ?? c.text) !== c.value) {
      throw new Error(
        `${rule.id}: ${JSON.stringify(c.text)} captured ${JSON.stringify(verdict.value)}, expected ${JSON.stringify(c.value)}`,
      )
    }
  }
  return all.length
}
