/**
 * Run the rules over a page's blocks. Each block is judged by the rules in
 * order until one drops it or settles it as content; the title block is never
 * judged. Rules see frozen data, so a rule cannot change what the next sees.
 */
import { defineRule } from '../define-rule.js'
import { endsLikeSentence } from '../features.js'
import { frozenCopy } from '../freeze.js'
import type { Page } from '../page.js'
import { keptBylines } from '../rules/author-bio.js'
import { isLocated } from '../rules/util.js'
import { afterArticleEnd } from '../text/article-end.js'
import { belowThread } from '../text/comment-thread.js'
import { consentCenter } from '../text/consent-center.js'
import { GLUED_RULE, gluedMenu } from '../text/glued-menu.js'
import { keptCopies, listItem, REPEATED_RULE } from '../text/kept-copy.js'
import { lineScores } from '../text/line-score.js'
import { LIST_MEAN, LISTING_MEAN, listRuns } from '../text/list-run.js'
import { gridCards } from '../text/price-grid.js'
import { qaFurniture } from '../text/qa-thread.js'
import { reviewTail } from '../text/review-tail.js'
import type { Block, Category, Rule, RuleContext, Verdict } from '../types.js'

export interface Drop {
  readonly block: Block
  readonly rule: Rule
  readonly verdict: Extract<Verdict, { drop: true }>
}

export interface Classification {
  /** Drops by block index. */
  readonly drops: ReadonlyMap<number, Drop>
}

/**
 * The locator as a ledger entry: blocks of the article scope outside the
 * located content that no rule named.
 */
export const contentLocator: Rule = defineRule({
  id: 'content-locator',
  category: 'boilerplate',
  description: 'Blocks around the located main content that no rule claimed.',
  formats: ['html'],
  test: () => undefined,
})
const OUTSIDE = { drop: true, reason: 'outside the main content' } as const

/**
 * The end of a plain-text article as a ledger entry: blocks below the box
 * that closes it (`../text/article-end.ts`) that no rule named.
 */
export const articleEnd: Rule = defineRule({
  id: 'article-end',
  category: 'boilerplate',
  description: 'Blocks below the box that closes a plain-text article that no rule claimed.',
  formats: ['text'],
  aggressive: true,
  test: () => undefined,
})
const AFTER_END = { drop: true, reason: 'after the box that closes the article' } as const
const THREAD = { drop: true, reason: 'a comment thread under the article' } as const
const GLUED = { drop: true, reason: 'menu glued into one line' } as const
const QA_STAMP = { drop: true, reason: 'Q&A stamp or counter' } as const
const QA_COMMENT = { drop: true, reason: 'comment on a question or answer' } as const
/** A byline found near the top in kept lines; the byline field is left to the page's readers. */
const KEPT_BYLINE = { drop: true, reason: 'byline' } as const
const REVIEWS = { drop: true, reason: "customer reviews below a shop's product" } as const
/** Verdicts of the last passes, which a page's kept share does not count. */
const LATE: ReadonlySet<Drop['verdict']> = new Set([GLUED, QA_STAMP, QA_COMMENT, REVIEWS])

/**
 * The blocks a classification's rules dropped, the last passes' aside (menus
 * glued into one line, a Q&A page's stamps and comments): their drops do not
 * make a page read as a listing (`keptTooLittle`).
 */
export function ruledDrops(classification: Classification): Set<number> {
  const indices = new Set<number>()
  for (const [index, drop] of classification.drops) if (!LATE.has(drop.verdict)) indices.add(index)
  return indices
}
const CONSENT = {
  drop: true,
  reason: 'a consent preference centre at the end of the page',
} as const

/**
 * The lead (standfirst) of an article sits between the headline and the
 * located body, outside the body's container: prose there that no rule
 * dropped stays. Measured: trafilatura-dev snippet F1 0.907 → 0.915; keeping
 * prose below the body as well gained nothing and cost precision.
 */
function isLead(block: Block, firstLocated: number): boolean {
  if (block.words < 15 || !endsLikeSentence(block.text) || block.linkDensity > 0.2) return false
  return block.index < firstLocated
}

/** Line-model probability from which a block reads as article text (`boilerplate-context`'s MODEL_GOOD). */
const SURE_TEXT = 0.6

const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({})

export function classify(
  page: Page,
  rules: readonly Rule[],
  ruleOptions: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
  relaxed: boolean,
): Classification {
  const active = rules.filter((rule) => !rule.formats || rule.formats.includes(page.format))
  const contexts = active.map(
    (rule): RuleContext => ({
      blocks: page.blocks,
      format: page.format,
      lang: page.lang,
      titleIndex: page.titleIndex,
      headlineIndex: page.headlineIndex ?? page.titleIndex,
      title: page.title,
      pageType: page.pageType,
      relaxed,
      options: frozenCopy(ruleOptions[rule.id] ?? NO_OPTIONS),
    }),
  )
  const drops = new Map<number, Drop>()
  const strictText = page.format === 'text' && !relaxed && active.some((rule) => rule.aggressive)
  // Repeated lines in a list of the article that the later rules keep (the menu's copy aside).
  const listed: Drop[] = []
  const firstLocated = page.blocks.findIndex(isLocated)
  for (const block of page.blocks) {
    if (block.index === page.titleIndex) continue
    let held: Drop | undefined
    for (let r = 0; r < active.length; r++) {
      const rule = active[r] as Rule
      const verdict = rule.test(block, contexts[r] as RuleContext)
      if (!verdict) continue
      if ('drop' in verdict) {
        const drop = held ?? { block, rule, verdict }
        if (
          !held &&
          strictText &&
          rule.id === REPEATED_RULE &&
          listItem(page.blocks, page.titleIndex, block.index)
        ) {
          held = drop
          continue
        }
        drops.set(block.index, drop)
      }
      break
    }
    if (held && !drops.has(block.index)) {
      drops.set(block.index, held)
      listed.push(held)
    }
    if (!drops.has(block.index) && block.source.kind === 'html' && !block.source.located) {
      if (!isLead(block, firstLocated)) {
        drops.set(block.index, { block, rule: contentLocator, verdict: OUTSIDE })
      }
    }
  }
  const shop = page.pageType === 'product' || page.pageType === 'listing'
  // Plain text, strict pass with the statistical rules on: the tail below the article's end.
  if (strictText) {
    // The line model's scores, computed once and only when a pass below reads them.
    let lineScoresMemo: number[] | null = null
    const scores = () => {
      lineScoresMemo ??= lineScores(page.blocks, page.titleIndex, page.lang)
      return lineScoresMemo
    }
    // A repeated block's copy among kept text stays when no other copy is kept.
    const ruleIds = ruleIdsOf(drops)
    for (const index of keptCopies(page.blocks, page.titleIndex, ruleIds)) {
      drops.delete(index)
      ruleIds.delete(index)
    }
    // A listing's or a shop's items below its lead-in, read as a menu.
    if (shop) {
      const least = page.pageType === 'listing' ? LISTING_MEAN : LIST_MEAN
      const text = (index: number) => page.blocks[index]?.text ?? ''
      const list = listRuns(ruleIds, page.blocks.length, page.titleIndex, scores, least, text)
      for (const index of list) drops.delete(index)
    }
    const categories = new Map<number, Category>()
    for (const [index, drop] of drops) categories.set(index, drop.rule.category)
    const article = page.pageType !== 'discussion'
    // Read only when a sign-up box may end the article.
    const sure = (index: number) => (scores()[index] ?? 0) >= SURE_TEXT
    for (const index of afterArticleEnd(page.blocks, page.titleIndex, categories, article, sure)) {
      const block = page.blocks[index] as Block
      drops.set(index, { block, rule: articleEnd, verdict: AFTER_END })
    }
    if (page.pageType === 'article') {
      for (const index of belowThread(page.blocks, page.titleIndex, new Set(drops.keys()))) {
        const block = page.blocks[index] as Block
        drops.set(index, { block, rule: articleEnd, verdict: THREAD })
      }
    }
    for (const index of consentCenter(page.blocks, page.titleIndex, new Set(drops.keys()))) {
      const block = page.blocks[index] as Block
      drops.set(index, { block, rule: articleEnd, verdict: CONSENT })
    }
    for (const drop of listed)
      if (article && drops.get(drop.block.index) === drop) drops.delete(drop.block.index)
  }
  // Plain text, a shop's page: the cards of a grid of priced cards stay.
  if (page.format === 'text' && shop && active.some((rule) => rule.aggressive)) {
    for (const index of gridCards(page.blocks, page.titleIndex, ruleIdsOf(drops)))
      drops.delete(index)
  }
  // Plain text: menus flattened into one line that the passes above kept.
  const nav = page.format === 'text' ? active.find((rule) => rule.id === GLUED_RULE) : undefined
  if (nav) {
    for (const block of page.blocks) {
      if (block.index === page.titleIndex || drops.has(block.index) || !gluedMenu(block.text))
        continue
      drops.set(block.index, { block, rule: nav, verdict: GLUED })
    }
  }
  if (page.format === 'text' && page.pageType === 'discussion') qaDrops(page, active, drops)
  // Plain text, not a thread: a shop's customer reviews below its product (`../text/review-tail.ts`).
  const comments =
    page.format === 'text' && page.pageType !== 'discussion' ? commentRule(active) : undefined
  if (comments) {
    for (const index of reviewTail(page.blocks, page.titleIndex, new Set(drops.keys())))
      drops.set(index, { block: page.blocks[index] as Block, rule: comments, verdict: REVIEWS })
  }
  // Plain text: bylines near the top once the lines dropped above them are gone.
  const author =
    page.format === 'text' ? active.find((rule) => rule.id === 'author-bio') : undefined
  if (author) {
    for (const [index] of keptBylines(page.blocks, page.titleIndex, new Set(drops.keys())))
      drops.set(index, { block: page.blocks[index] as Block, rule: author, verdict: KEPT_BYLINE })
  }
  return { drops }
}

/**
 * Plain text, a discussion: a Q&A page's stamps (`page-meta`'s) and the
 * comments they close (`comment-section`'s) that the passes above kept
 * (`../text/qa-thread.ts`); after them, so the end passes read the page as before.
 */
function qaDrops(page: Page, active: readonly Rule[], drops: Map<number, Drop>): void {
  const meta = active.find((rule) => rule.id === 'page-meta')
  const comments = active.find((rule) => rule.id === 'comment-section')
  if (!meta && !comments) return
  const found = qaFurniture(page.blocks, page.titleIndex, new Set(drops.keys()))
  const mark = (indices: readonly number[], rule: Rule | undefined, verdict: Drop['verdict']) => {
    if (!rule) return
    for (const index of indices)
      drops.set(index, { block: page.blocks[index] as Block, rule, verdict })
  }
  mark(found.comments, comments, QA_COMMENT)
  mark(found.stamps, meta, QA_STAMP)
}

/** `comment-section`, when it runs with the statistical rules on. */
function commentRule(active: readonly Rule[]): Rule | undefined {
  if (!active.some((rule) => rule.aggressive)) return undefined
  return active.find((rule) => rule.id === 'comment-section')
}

/** The id of the rule behind each drop, by block index. */
function ruleIdsOf(drops: ReadonlyMap<number, Drop>): Map<number, string> {
  const ids = new Map<number, string>()
  for (const [index, drop] of drops) ids.set(index, drop.rule.id)
  return ids
}
