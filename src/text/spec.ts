/**
 * A spec sheet in plain text: a run of SPEC_MIN or more "Label: value"
 * lines ("Weight: 332 g", "Publisher : Avery", "Color: Stone"), each label
 * short and standing once on the page. In HTML such a sheet is a table or a
 * definition list; flattened to text, its short lines read as a menu to the
 * context rule. Opening hours, prices in many currencies and review cards
 * repeat their labels; a numbered list ("Chapter 1: …", "Part 2: …") opens
 * most labels with one word; a headline with a subtitle ("Brand Strategy:
 * An Innovative Approach") has a capitalised value; a comment ("Anna: …")
 * is longer than SPEC_WORDS. Measured (docs/benchmarks.md, session 9), kept
 * on pages the text guess calls product or listing: wcxb-dev text word F1
 * 0.8227 → 0.8232, trafilatura-dev 0.8953 → 0.8956.
 */

import { perPage } from '../rules/util.js'
import type { Block } from '../types.js'

/** Fields in a row that make a spec sheet. */
export const SPEC_MIN = 3
/** A field is a short line; a longer one is prose that happens to hold a colon. */
export const SPEC_WORDS = 15
/** Words a label may have. */
const LABEL_WORDS = 4
/** Marks some shops put around the colon (left-to-right and right-to-left marks). */
const MARKS = /[\s\u200e\u200f]+/gu
/** Characters a label may have at most. */
const LABEL_CHARS = 40
/** Words of a value. */
const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu

/** The field's label, lower-cased, or null when the line is not a field. */
export function fieldLabel(text: string): string | null {
  const line = text.replace(MARKS, ' ').trim()
  const colon = line.indexOf(':')
  if (colon < 1 || colon > LABEL_CHARS) return null
  const label = line.slice(0, colon).trim().toLowerCase()
  const rest = line.slice(colon + 1).trim()
  if (!rest || !/\p{L}/u.test(label) || label === 'http' || label === 'https') return null
  // A clock time ("8:30"), not a field.
  if (/\p{N}$/u.test(label) && /^\p{N}/u.test(rest)) return null
  if (label.split(' ').length > LABEL_WORDS) return null
  // A headline's subtitle capitalises most of its words.
  const value = rest.match(WORD) ?? []
  const caps = value.filter((w) => /^\p{Lu}/u.test(w)).length
  if (value.length >= 4 && caps > value.length * 0.6) return null
  return label
}

/** A run whose labels mostly open with one word is a numbered list. */
function numbered(labels: readonly string[]): boolean {
  const firsts = new Map<string, number>()
  for (const label of labels) {
    const word = label.split(' ')[0] ?? ''
    firsts.set(word, (firsts.get(word) ?? 0) + 1)
  }
  return Math.max(...firsts.values()) * 2 > labels.length
}

/** Indices of the blocks in spec-sheet runs. */
export const specLines = perPage((blocks: readonly Block[]) => {
  const labels = blocks.map((b) =>
    b.words > 0 && b.words <= SPEC_WORDS ? fieldLabel(b.text) : null,
  )
  const count = new Map<string, number>()
  for (const label of labels) if (label) count.set(label, (count.get(label) ?? 0) + 1)
  const once = (i: number) => {
    const label = labels[i]
    return label !== null && label !== undefined && count.get(label) === 1
  }
  const out = new Set<number>()
  let i = 0
  while (i < blocks.length) {
    let j = i
    while (j < blocks.length && once(j)) j++
    if (j - i >= SPEC_MIN && !numbered(labels.slice(i, j) as string[]))
      for (let k = i; k < j; k++) out.add(k)
    i = Math.max(j, i + 1)
  }
  return out
})
