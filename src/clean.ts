/**
 * The pipeline: decode → detect → prepare (parse, locate, segment) →
 * classify → assemble. Each stage is a pure function; this file only wires
 * them in order.
 */
import { assemble } from './assemble.js'
import { classify } from './classify/classify.js'
import { decode } from './decode.js'
import { detectFormat } from './detect.js'
import { prepareHtml } from './html/prepare.js'
import { repairMojibake } from './mojibake.js'
import { recommended } from './rules/index.js'
import { keptTooLittle } from './text/escalate.js'
import { prepareText } from './text/prepare.js'
import type { CleanArticle, CleanOptions, Format } from './types.js'

const EMPTY_OPTIONS: CleanOptions = {}
/** Characters of body text under which the page is classified again, relaxed (trafilatura's 250). */
const FALLBACK_BELOW = 250

/** Input as a string, whatever was given; a clear TypeError for anything else. */
function toText(input: unknown): string {
  if (typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer)
    return repairMojibake(decode(input).text)
  const kind = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input
  throw new TypeError(
    `cleanArticle expects a string, Uint8Array or ArrayBuffer of HTML or plain text, got ${kind}`,
  )
}

/** Clean a page: HTML or plain text in, the article with its removal ledger out. */
export function cleanArticle(
  input: string | Uint8Array | ArrayBuffer,
  options?: CleanOptions | null,
): CleanArticle {
  const settings = options ?? EMPTY_OPTIONS
  const text = toText(input)
  const format: Format =
    settings.format === 'html' || settings.format === 'text' ? settings.format : detectFormat(text)
  const url = settings.url ?? null
  const page = format === 'html' ? prepareHtml(text, url) : prepareText(text, url)
  const rules = settings.rules ?? recommended
  const ruleOptions = settings.ruleOptions ?? {}
  const strict = classify(page, rules, ruleOptions, false)
  const article = assemble(page, strict, url)
  if (!rules.some((rule) => rule.aggressive)) return article
  // A text whose strict pass kept a small part of it is a listing, not an article.
  const escalate = format === 'text' && keptTooLittle(page.blocks, page.titleIndex, strict.drops)
  if (article.text.length >= FALLBACK_BELOW && !escalate) return article
  // Too little survived: relax, as Readability retries with looser flags.
  let best = article
  const relaxed = assemble(page, classify(page, rules, ruleOptions, true), url)
  if (relaxed.text.length > best.text.length) best = relaxed
  if (best.text.length >= FALLBACK_BELOW || format !== 'html') return best
  // Still too little: the whole pruned body, judged leniently.
  const whole = page.wholeBody?.() ?? prepareHtml(text, url, true)
  const recall = assemble(whole, classify(whole, rules, ruleOptions, true), url)
  return recall.text.length > best.text.length ? recall : best
}
