/**
 * The pipeline: decode → detect → prepare (parse, locate, segment) →
 * classify → assemble → write the body (html, markdown). Each stage is a
 * pure function; this file only wires them in order.
 */
import type { Root } from 'hast'
import { assemble } from './assemble.js'
import { budgetOf, cutChars, cutLines } from './budget.js'
import { classify, ruledDrops } from './classify/classify.js'
import { commentsOutweigh } from './classify/discussion.js'
import { detectFormat } from './detect.js'
import { excerptPage } from './html/excerpt-body.js'
import { prepareHtml } from './html/prepare.js'
import { documentOf } from './html/tree.js'
import { type Source, sourceOf } from './input.js'
import { type Cleaned, type Pass, withOutputs } from './output/article.js'
import type { Page } from './page.js'
import { recommended } from './rules/index.js'
import { alreadyClean, laidOutInParagraphs, mostlyRepeated } from './text/already-clean.js'
import { keptTooLittle } from './text/escalate.js'
import { keptLinesSay, lastResortRules } from './text/last-resort.js'
import { loneTitle } from './text/lone-title.js'
import { prepareText } from './text/prepare.js'
import { splitLines } from './text/segment.js'
import type { CleanArticle, CleanOptions, Format, Rule } from './types.js'

const EMPTY_OPTIONS: CleanOptions = {}
/** Characters of body text under which the page is classified again, relaxed (trafilatura's 250). */
const FALLBACK_BELOW = 250

interface Run {
  readonly rules: readonly Rule[]
  readonly ruleOptions: Readonly<Record<string, Readonly<Record<string, unknown>>>>
  readonly url: string | null
}

function judge(page: Page, run: Run, relaxed: boolean): Pass {
  const classification = classify(page, run.rules, run.ruleOptions, relaxed)
  return { page, classification, fields: assemble(page, classification, run.url) }
}

/** The rule of every drop of a pass. */
function* rulesOf(pass: Pass): Iterable<Rule> {
  for (const drop of pass.classification.drops.values()) yield drop.rule
}

/**
 * A text that is already clean (`text/already-clean.ts`: paragraphs, and no
 * rule naming a kind of boilerplate fired in `pass`) is read again one block
 * per paragraph and judged by those rules alone: the statistical ones would
 * only take its short paragraphs for chrome.
 */
function asCleanText(text: string, pass: Pass, settings: CleanOptions, url: string | null): Pass {
  const rules = settings.rules ?? recommended
  // Without aggressive rules every text is judged by what its blocks say already.
  if (!rules.some((rule) => rule.aggressive) || !laidOutInParagraphs(splitLines(text))) return pass
  const run: Run = {
    rules: rules.filter((rule) => !rule.aggressive),
    ruleOptions: settings.ruleOptions ?? {},
    url,
  }
  // Line by line, as the page was read, but headed by its first paragraph.
  const lines = judge(prepareText(text, url, 'lines'), run, false)
  if (!alreadyClean(rulesOf(lines))) return pass
  const paragraphs = prepareText(text, url, 'paragraphs')
  if (mostlyRepeated(paragraphs.blocks)) return pass
  const clean = judge(paragraphs, run, false)
  // What it keeps must still read as paragraphs, or cleaning it again would read it line by line.
  return keptReadsAsParagraphs(clean.fields) ? clean : pass
}

/** The kept text, with its title above it as a text has it, laid out in paragraphs. */
function keptReadsAsParagraphs(fields: Pass['fields']): boolean {
  const page = fields.title === null ? fields.text : `${fields.title}\n\n${fields.text}`
  return laidOutInParagraphs(splitLines(page))
}

/** The best pass over a source: strict, then relaxed, then the whole body, as needed. */
export function bestPass(source: Source, settings: CleanOptions): Pass {
  const format: Format =
    source.tree !== undefined
      ? 'html'
      : settings.format === 'html' || settings.format === 'text'
        ? settings.format
        : detectFormat(source.text)
  const url = settings.url ?? null
  const maxChars = budgetOf('maxChars', settings.maxChars)
  const maxNodes = budgetOf('maxNodes', settings.maxNodes)
  let text = source.text ?? ''
  const full = text.length
  if (maxChars !== null) text = cutChars(text, maxChars, format === 'html')
  if (maxNodes !== null && format === 'text') text = cutLines(text, maxNodes)
  const cut = text.length < full
  const input = source.tree ?? text
  const page = format === 'html' ? prepareHtml(input, url, { maxNodes }) : prepareText(text, url)
  const first = loneTitle(passOver(page, format, settings, url), url)
  const pass = format === 'text' ? asCleanText(text, first, settings, url) : first
  return cut ? { ...pass, fields: { ...pass.fields, truncated: true } } : pass
}

function passOver(page: Page, format: Format, settings: CleanOptions, url: string | null): Pass {
  const rules = settings.rules ?? recommended
  const run: Run = { rules, ruleOptions: settings.ruleOptions ?? {}, url }
  let strict = judge(page, run, false)
  // A short post under a long thread: the thread is the content.
  if (commentsOutweigh(page, strict.classification))
    strict = judge({ ...page, pageType: 'discussion' }, run, false)
  if (!rules.some((rule) => rule.aggressive)) return strict
  // A text whose strict pass kept a small part of it is a listing, not an article.
  const escalate =
    format === 'text' &&
    keptTooLittle(page.blocks, page.titleIndex, ruledDrops(strict.classification))
  if (strict.fields.text.length >= FALLBACK_BELOW && !escalate) return strict
  // Too little survived: relax, as Readability retries with looser flags.
  let best = strict
  const relaxed = judge(page, run, true)
  if (relaxed.fields.text.length > best.fields.text.length) best = relaxed
  if (best.fields.text.length >= FALLBACK_BELOW) return best
  // Plain text, still too little: judged without the context rule, if what it keeps reads as text.
  if (format !== 'html') {
    const named = judge(page, { ...run, rules: lastResortRules(rules) }, true)
    const says = keptLinesSay(page.blocks, page.titleIndex, named.classification.drops)
    return says && named.fields.text.length > best.fields.text.length ? named : best
  }
  // Still too little: the whole pruned body, judged leniently (from the same parse).
  const whole = page.wholeBody?.()
  if (whole) {
    const recall = judge(whole, run, true)
    if (recall.fields.text.length > best.fields.text.length) best = recall
  }
  // Nothing at all in the body: the page's declared description, flagged as such.
  const described = best.fields.text === '' ? excerptPage(page) : null
  return described ? judge(described, { ...run, rules: [] }, true) : best
}

/** Clean a source; the article and its sanitized body tree (for the rehype plugin). */
export function cleanSource(source: Source, options?: CleanOptions | null): Cleaned {
  const settings = options ?? EMPTY_OPTIONS
  return withOutputs(bestPass(source, settings), settings.url ?? null)
}

/** Clean a hast tree (rehype); the tree is not changed. */
export function cleanTree(tree: Root, options?: CleanOptions | null): Cleaned {
  return cleanSource({ tree: documentOf(tree) }, options)
}

/**
 * Clean a page: HTML or plain text (or, in a browser, a parsed `Document` or
 * `Element`) in, the article with its removal ledger out.
 */
export function cleanArticle(
  input: string | Uint8Array | ArrayBuffer | Document | Element,
  options?: CleanOptions | null,
): CleanArticle {
  return cleanSource(sourceOf(input), options).article
}
