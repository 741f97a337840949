/**
 * A copy of the page's own text in one block. A scraper's text of a page
 * can carry the article a second time, joined into one long line: the
 * markup a "republish this story" box offers (`<h1>…</h1> <p>…`), a
 * Markdown copy for language models, the text of a JSON payload. Each of
 * its sentences stands on the page once more, one paragraph to a line, so
 * the block repeats many other blocks where a long paragraph of the
 * article repeats none (or one: a pull quote, a teaser).
 */
import type { Block } from '../types.js'

/** A copy is long: this many words at least. */
export const COPY_WORDS = 300
/** Share of the block's four-word runs that other blocks hold. */
export const COPY_SHARE = 0.5
/** Other blocks it repeats (three runs of theirs each, or more). */
export const COPY_PARTS = 10
/** Runs another block must share with it to count as a part. */
const PART_RUNS = 3

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

function runsOf(text: string): Set<string> {
  const words = wordsOf(text)
  const runs = new Set<string>()
  for (let i = 0; i + 4 <= words.length; i++)
    runs.add(`${words[i]} ${words[i + 1]} ${words[i + 2]} ${words[i + 3]}`)
  return runs
}

/** Indices of the blocks that copy the page's text (none on most pages). */
export function pageCopies(blocks: readonly Block[]): Set<number> {
  const out = new Set<number>()
  const long = blocks.filter((block) => block.words >= COPY_WORDS)
  if (long.length === 0) return out
  // Only the runs of the long blocks are looked for in the others.
  const owners = new Map<string, number[]>()
  for (const block of long) for (const run of runsOf(block.text)) owners.set(run, [])
  for (const block of blocks) {
    for (const run of runsOf(block.text)) owners.get(run)?.push(block.index)
  }
  for (const block of long) {
    const runs = runsOf(block.text)
    let shared = 0
    const parts = new Map<number, number>()
    for (const run of runs) {
      let any = false
      for (const index of owners.get(run) ?? []) {
        if (index === block.index) continue
        any = true
        parts.set(index, (parts.get(index) ?? 0) + 1)
      }
      if (any) shared++
    }
    let many = 0
    for (const count of parts.values()) if (count >= PART_RUNS) many++
    if (shared >= runs.size * COPY_SHARE && many >= COPY_PARTS) out.add(block.index)
  }
  return out
}
