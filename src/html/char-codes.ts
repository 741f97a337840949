/**
 * The character codes the HTML scanners compare against (the pre-parse scan
 * of `./drop-raw-text.ts`, the fast tokenizer of `./fast-tokenizer.ts`), and
 * the two classes they share, as parse5's tokenizer reads them.
 */

export const TAB = 0x09
export const LF = 0x0a
export const FF = 0x0c
export const CR = 0x0d
export const SPACE = 0x20
export const BANG = 0x21
export const DQUOTE = 0x22
export const SQUOTE = 0x27
export const SLASH = 0x2f
export const EQUALS = 0x3d
export const GT = 0x3e
export const QUESTION = 0x3f

/** White space as parse5's tokenizer reads it (CR is one too). */
export function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === FF || c === CR
}

/** An ASCII letter, the only letters that start a tag name. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}
