/**
 * What makes HTML unsafe to insert into a page, found by parsing it again
 * with parse5 (as a browser would, scripting on): the elements that run or
 * load things, event-handler and style attributes, and URLs with a
 * scripting or non-image data scheme however they were spelled.
 */
import { type DefaultTreeAdapterMap, parseFragment } from 'parse5'

type Node = DefaultTreeAdapterMap['node']

const ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'base',
  'meta',
  'link',
  'template',
  'noscript',
  'svg',
  'math',
])

const ATTRIBUTES = new Set([
  'style',
  'srcdoc',
  'formaction',
  'action',
  'xlink:href',
  'background',
  'lowsrc',
])
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'poster',
  'cite',
  'data',
  'action',
  'formaction',
  'xlink:href',
  'background',
  'lowsrc',
  'codebase',
])

/** A URL a browser would run or render as a document. */
export function unsafeUrl(value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore these characters in URLs
  const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase()
  if (url.startsWith('javascript:') || url.startsWith('vbscript:')) return true
  return url.startsWith('data:') && !url.startsWith('data:image/')
}

/** Every unsafe part of `html`, described; empty when it is safe. */
export function unsafeParts(html: string): string[] {
  const found: string[] = []
  const stack: Node[] = [parseFragment(html) as Node]
  while (stack.length > 0) {
    const node = stack.pop() as Node
    if ('tagName' in node) {
      if (ELEMENTS.has(node.tagName)) found.push(`<${node.tagName}>`)
      for (const { name, value } of node.attrs) {
        const key = name.toLowerCase()
        if (key.startsWith('on')) found.push(`${key} on <${node.tagName}>`)
        if (ATTRIBUTES.has(key)) found.push(`${key} on <${node.tagName}>`)
        if (URL_ATTRIBUTES.has(key) && unsafeUrl(value)) found.push(`${key}="${value}"`)
        if (
          key === 'srcset' &&
          value.split(',').some((c) => unsafeUrl(c.trim().split(/\s+/)[0] ?? ''))
        )
          found.push(`srcset="${value}"`)
      }
    }
    if ('content' in node && node.content) stack.push(node.content as Node)
    if ('childNodes' in node) stack.push(...(node.childNodes as Node[]))
  }
  return found
}
