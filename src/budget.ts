/**
 * The budget options (`maxChars`, `maxNodes`): stop reading a page early and
 * clean what was read, instead of spending time and memory on all of it.
 * Cuts fall between tags, lines and surrogate pairs, never inside one.
 */
import type { Element, Root } from 'hast'

/** A budget option's value: a non-negative integer, or a clear error. */
export function budgetOf(name: string, value: unknown): number | null {
  if (value === undefined || value === null) return null
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new RangeError(
      `cleanArticle: ${name} must be a non-negative integer, got ${String(value)}`,
    )
  return value
}

/** How far back a cut may move to land between tags or lines. */
const BACK_OFF = 4096

/** The first `max` characters of a page: an HTML page is cut before a tag that would straddle the cut, a text after a whole line. */
export function cutChars(text: string, max: number, html: boolean): string {
  if (text.length <= max) return text
  let end = max
  if (html) {
    const open = text.lastIndexOf('<', end - 1)
    if (open > text.lastIndexOf('>', end - 1) && end - open <= BACK_OFF) end = open
  } else {
    const newline = text.lastIndexOf('\n', end - 1)
    if (newline >= 0 && end - newline <= BACK_OFF) end = newline + 1
  }
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return text.slice(0, end)
}

/** The first `max` lines of a text. */
export function cutLines(text: string, max: number): string {
  let end = 0
  for (let line = 0; line < max; line++) {
    const next = text.indexOf('\n', end)
    if (next < 0) return text
    end = next + 1
  }
  return text.slice(0, end)
}

/**
 * Keep the first `max` nodes of a tree in document order (elements, text,
 * comments), cutting everything after them; true when something was cut.
 * The tree is the pipeline's own copy: it is changed in place.
 */
export function limitNodes(root: Root, max: number): boolean {
  let count = 0
  const stack: Array<{ node: Root | Element; next: number }> = [{ node: root, next: 0 }]
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { node: Root | Element; next: number }
    const child = top.node.children[top.next]
    if (!child) {
      stack.pop()
      continue
    }
    if (++count > max) {
      // Cut here, and after the open element at every level above.
      for (const frame of stack) frame.node.children.length = frame.next
      return true
    }
    top.next++
    if (child.type === 'element') stack.push({ node: child, next: 0 })
  }
  return false
}
