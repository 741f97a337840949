/**
 * A fixed split of a set's pages into two halves, by a hash of the page id:
 * the line model is fitted on the even half and measured on the odd one.
 */

/** FNV-1a, 32 bits: stable across runs and machines. */
export function idHash(id: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/** The half a page belongs to: `even` (training) or `odd` (held out). */
export function halfOf(id: string): 'even' | 'odd' {
  return idHash(id) % 2 === 0 ? 'even' : 'odd'
}
