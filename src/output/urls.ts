/**
 * URL attributes of the sanitized tree: lazy-image sources promoted, every
 * URL checked once more (after the sanitizer) and made absolute against the
 * page's address when there is one. Works on the sanitizer's fresh copy.
 */
import type { Element, ElementContent, Root } from 'hast'
import { isElement, type Parent } from '../html/hast.js'

const WEB = new Set(['http:', 'https:'])
const LINK = new Set(['http:', 'https:', 'mailto:', 'tel:'])
const SCHEME = /^([a-z][a-z\d+.-]*):/i

/** A base address, when it is an absolute http(s) URL. */
export function baseOf(...candidates: ReadonlyArray<string | null | undefined>): URL | null {
  for (const candidate of candidates) {
    if (!candidate) continue
    try {
      const url = new URL(candidate)
      if (WEB.has(url.protocol)) return url
    } catch {
      // Not an absolute URL: try the next one.
    }
  }
  return null
}

/**
 * The URL as written to the output, or null when it must go: a scheme other
 * than the allowed ones, however it is spelled (browsers drop tabs and
 * newlines anywhere and controls and spaces at the ends, so the check does too).
 */
/** Without C0 controls and spaces at either end (a loop: a regex for the end would be quadratic). */
function trimControls(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && text.charCodeAt(start) <= 0x20) start++
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--
  return text.slice(start, end)
}

export function safeUrl(
  value: unknown,
  base: URL | null,
  allowed: ReadonlySet<string>,
): string | null {
  if (typeof value !== 'string') return null
  const url = trimControls(value.replace(/[\t\n\r]/g, ''))
  const scheme = SCHEME.exec(url)
  if (scheme) return allowed.has(`${scheme[1]?.toLowerCase()}:`) ? url : null
  if (!base) return url
  try {
    const absolute = new URL(url, base)
    return allowed.has(absolute.protocol) ? absolute.href : null
  } catch {
    return null
  }
}

/** A srcset with every candidate's URL made safe, or null when one is not. */
function safeSrcset(value: unknown, base: URL | null): string | null {
  if (typeof value !== 'string') return null
  const out: string[] = []
  for (const candidate of value.split(/,(?=\s|$)/)) {
    const [url, ...descriptor] = candidate.trim().split(/\s+/)
    if (!url) continue
    const safe = safeUrl(url, base, WEB)
    if (safe === null) return null
    out.push([safe, ...descriptor].join(' '))
  }
  return out.length > 0 ? out.join(', ') : null
}

function setOrDrop(node: Element, key: string, value: string | null): void {
  if (value === null) delete node.properties[key]
  else node.properties[key] = value
}

function fixElement(node: Element, base: URL | null): void {
  const p = node.properties
  // Lazy loading: the real image waits in data-src while src holds a placeholder.
  if (typeof p.dataSrc === 'string' && (p.src === undefined || p.src === '')) p.src = p.dataSrc
  if (typeof p.dataSrcset === 'string' && p.srcSet === undefined) p.srcSet = p.dataSrcset
  delete p.dataSrc
  delete p.dataSrcset
  if (p.href !== undefined) setOrDrop(node, 'href', safeUrl(p.href, base, LINK))
  for (const key of ['src', 'poster', 'cite'])
    if (p[key] !== undefined) setOrDrop(node, key, safeUrl(p[key], base, WEB))
  if (p.srcSet !== undefined) {
    const set = Array.isArray(p.srcSet) ? p.srcSet.join(', ') : p.srcSet
    setOrDrop(node, 'srcSet', safeSrcset(set, base))
  }
}

/** A 1×1 image (a tracker), or one left without any source. */
function uselessImage(node: Element): boolean {
  if (node.tagName !== 'img') return false
  const { src, srcSet, width, height } = node.properties
  if (src === undefined && srcSet === undefined) return true
  return Number(width) <= 2 && Number(height) <= 2 && width !== undefined && height !== undefined
}

/** A link left without a target (its URL was unsafe, or it had none): its text stays. */
function deadLink(node: Element): boolean {
  return node.tagName === 'a' && node.properties.href === undefined
}

/**
 * Check and resolve the URLs of a (sanitized) tree, in place, without
 * recursion; images that are left without a source, and tracking pixels,
 * go; links left without a target become their text.
 */
export function fixUrls(tree: Root, base: URL | null): void {
  const stack: Parent[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Parent
    for (const child of node.children) {
      if (!isElement(child)) continue
      fixElement(child, base)
      stack.push(child)
    }
    if (node.children.some((child) => isElement(child) && (uselessImage(child) || deadLink(child))))
      node.children = node.children.flatMap((child): ElementContent[] => {
        if (!isElement(child)) return [child as ElementContent]
        if (uselessImage(child)) return []
        return deadLink(child) ? child.children : [child]
      }) as typeof node.children
  }
}
