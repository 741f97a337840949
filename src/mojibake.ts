/**
 * Repair text that was UTF-8, decoded once as Latin-1 and encoded again as
 * UTF-8 ("itertools â\u0080\u0094 Functions" for "itertools — Functions"):
 * some crawlers and CMS exports store pages that way, and no charset
 * declaration can undo it. The sign is C1 control characters (U+0080–U+009F)
 * right after a UTF-8 lead byte read as a Latin-1 letter: real text never
 * holds them. Only a text with several such sequences is repaired, and only
 * sequences that decode as valid UTF-8 are replaced.
 */

/** A UTF-8 lead byte and its continuation bytes, each read as one Latin-1 character. */
const SEQUENCE =
  /[\u00c2-\u00df][\u0080-\u00bf]|[\u00e0-\u00ef][\u0080-\u00bf]{2}|[\u00f0-\u00f4][\u0080-\u00bf]{3}/g
/** A lead followed by a C1 control: the unmistakable form. */
const TELL = /[\u00c2-\u00f4][\u0080-\u009f]/g
/** How many tell-tale sequences make a text count as double-encoded. */
const MIN_TELLS = 3

const decoder = new TextDecoder('utf-8', { fatal: true })

/** The text with double-encoded UTF-8 sequences decoded, or the text itself. */
export function repairMojibake(text: string): string {
  TELL.lastIndex = 0
  let tells = 0
  while (tells < MIN_TELLS && TELL.exec(text) !== null) tells++
  if (tells < MIN_TELLS) return text
  return text.replace(SEQUENCE, (sequence) => {
    const bytes = Uint8Array.from(sequence, (c) => c.charCodeAt(0))
    try {
      return decoder.decode(bytes)
    } catch {
      return sequence
    }
  })
}
