/**
 * The hast the parse stage made before its tree adapter: parse5's default
 * tree, built the same way (our tokenizer, else parse5 alone, whole or in
 * chunks), then converted by test/to-hast.ts. And a comparison of two hast
 * trees that also compares the elements each recorded as worded
 * (src/html/worded.ts), by position.
 */
import type { Element, Root } from 'hast'
import { parse } from 'parse5'
import { rawTextParts } from '../src/html/drop-raw-text.js'
import { fastParse } from '../src/html/fast-tokenizer.js'
import { MAX_DEPTH, parseChunks } from '../src/html/parse.js'
import { wordedOf } from '../src/html/worded.js'
import { toHast } from './to-hast.js'

/** The page as hast the way the parse stage made it with parse5's default tree. */
export function referenceHast(html: string, maxDepth = MAX_DEPTH): Root {
  const parts = rawTextParts(html)
  const document =
    fastParse(parts, false) ??
    (parts.length === 1
      ? parse(parts[0] as string, { scriptingEnabled: false })
      : parseChunks(parts))
  return toHast(document, maxDepth)
}

type Any = Root | Root['children'][number]

/**
 * The first difference between two trees (a path and what differs), or
 * null: node types, tag names, properties, text, root data, template
 * content, the own enumerable keys of every node, and membership of the
 * worded sets.
 */
export function hastDifference(a: Root, b: Root): string | null {
  const wordedA = wordedOf(a)
  const wordedB = wordedOf(b)
  if ((wordedA === undefined) !== (wordedB === undefined)) return 'worded set kept for one only'
  const stack: [Any, Any, string][] = [[a, b, '']]
  while (stack.length > 0) {
    const [x, y, path] = stack.pop() as [Any, Any, string]
    const keysX = Object.keys(x).join(',')
    const keysY = Object.keys(y).join(',')
    if (keysX !== keysY) return `${path}: keys ${keysX} | ${keysY}`
    if (x.type !== y.type) return `${path}: type ${x.type} | ${y.type}`
    if (JSON.stringify(x.data) !== JSON.stringify(y.data)) return `${path}: data`
    if (x.type === 'text' || x.type === 'comment') {
      if (x.value !== (y as typeof x).value) return `${path}: value`
      continue
    }
    if (x.type === 'element') {
      const e = y as Element
      if (x.tagName !== e.tagName) return `${path}: tag ${x.tagName} | ${e.tagName}`
      if (JSON.stringify(x.properties) !== JSON.stringify(e.properties))
        return `${path}/${x.tagName}: properties ${JSON.stringify(x.properties)} | ${JSON.stringify(e.properties)}`
      if (wordedA?.has(x) !== wordedB?.has(e)) return `${path}/${x.tagName}: worded`
      if (x.content || e.content) {
        if (!(x.content && e.content)) return `${path}/${x.tagName}: content for one only`
        stack.push([x.content, e.content, `${path}/${x.tagName}#content`])
      }
    }
    if (x.type === 'root' || x.type === 'element') {
      const kidsX = x.children
      const kidsY = (y as typeof x).children
      if (kidsX.length !== kidsY.length)
        return `${path}: ${kidsX.length} children | ${kidsY.length}`
      for (let i = kidsX.length - 1; i >= 0; i--)
        stack.push([kidsX[i] as Any, kidsY[i] as Any, `${path}/${i}`])
    }
  }
  return null
}
