/**
 * The text of a heading as a reader gets it: words of separate elements kept
 * apart, labels, anchors and screen-reader text left out, an animated copy
 * read by its screen-reader twin (`src/meta/headline.ts` picks among them).
 */
import type { Element } from 'hast'
import { withoutBreakHints } from '../features.js'
import { BLOCK_TAGS } from '../html/block-tags.js'
import { hintsOf, isElement } from '../html/hast.js'

/** Labels, taglines, permalink anchors and screen-reader text inside a heading. */
const NOISE_HINTS = new Set([
  'label',
  'badge',
  'tag',
  'prefix',
  'tagline',
  'subtitle',
  'sub-title',
  'subheading',
  'kicker',
  'screen-reader-text',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'headerlink',
  'anchor',
  'anchorjs-link',
  'permalink',
  'heading-anchor',
  'hash-link',
  'label-append',
  'pill',
  'descriptor',
])

/** Hints of text for screen readers alone. */
const SCREEN_READER = new Set([
  'screen-reader-text',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
])

/** Spaces typed before ":", ";", "!" or "?" made no-break ones (kept below). */
function typedSpaces(text: string): string {
  let out = text
  for (const mark of [':', ';', '!', '?']) out = out.replaceAll(` ${mark}`, `\u00a0${mark}`)
  return out
}

/** Elements whose text stands apart from its neighbours' (an image too: its alt is not read). */
export const apart = (tag: string) => BLOCK_TAGS.has(tag) || tag === 'img'

/** The heading's text: words of separate elements kept apart, noise parts left out. */
export function headingText(node: Element): string {
  // A heading shown as an animated copy hidden from screen readers
  // (`aria-hidden`, its words in spans glued without spaces) beside a copy
  // for screen readers alone: the latter says it.
  const read = { hidden: false }
  const shown = spokenText(node, false, false, read)
  // Nothing `aria-hidden` read: the text without it is the same.
  if (!read.hidden) return shown
  const bare = spokenText(node, false, true)
  if (shown === bare) return shown
  const spoken = spokenText(node, true)
  return spoken !== bare ? spoken : shown
}

/**
 * The heading's text; `spoken`: what a screen reader says (`aria-hidden`
 * parts left out, screen-reader text kept); `bare`: both left out.
 */
function spokenText(
  node: Element,
  spoken: boolean,
  bare = false,
  read?: { hidden: boolean },
): string {
  let out = ''
  const visit = (el: Element, depth: number) => {
    for (const child of el.children) {
      // A space typed before ":", ";", "!" or "?" inside one text is the
      // author's ("Once and Future World : Nature"), kept like a no-break one.
      if (child.type === 'text') out += typedSpaces(child.value)
      else if (isElement(child)) {
        if (child.tagName === 'br') {
          out += ' '
          continue
        }
        if (/^(?:script|style|svg|button|noscript|template)$/.test(child.tagName)) continue
        if (String(child.properties.ariaHidden) === 'true') {
          if (spoken || bare) continue
          if (read) read.hidden = true
        }
        const noise = depth < 8 && hintsOf(child).some((h) => NOISE_HINTS.has(h))
        if (noise && !(spoken && hintsOf(child).some((h) => SCREEN_READER.has(h)))) continue
        const block = apart(child.tagName)
        if (block) out += ' '
        if (depth < 30) visit(child, depth + 1)
        if (block) out += ' '
      }
    }
  }
  visit(node, 0)
  // Soft hyphens and zero-width spaces are line-break hints, not text. A
  // no-break space before ":", ";", "!" or "?" is French typography, kept
  // (the spaces joined before punctuation below are the markup's: between
  // elements, or before a comma or a full stop).
  let text = withoutBreakHints(out)
    .replace(/(?<![\u00a0\u202f])[\u00a0\u202f]+(?=[:;!?])/g, '\ue000')
    .replace(/\s+/g, ' ')
    .trim()
  text = text.replace(/(?<!\s)\s*(?:¶|#|🔗|§|Permalink|Link to this heading)$/u, '').trim()
  // "Thread: Title" and similar forum labels.
  text = text.replace(/^(?:thread|topic|re|discussion)\s*:\s+/i, '')
  return text.replace(/(?<!\s)\s+([,.;:!?])(?=\s|$)/g, '$1').replace(/\ue000/g, ' ')
}
