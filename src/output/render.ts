/**
 * The body tree → the sanitized tree, its HTML and its Markdown. The
 * sanitizer builds a fresh tree, so the page's own nodes are never touched.
 */
import type { Root } from 'hast'
import { sanitize } from 'hast-util-sanitize'
import { toHtml } from 'hast-util-to-html'
import { toMdast } from 'hast-util-to-mdast'
import type { RootContent as MdContent, Root as MdRoot } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'
import { SCHEMA } from './schema.js'
import { fixUrls } from './urls.js'

/** The body tree, sanitized, with its URLs checked and resolved against `base`. */
export function safeTree(body: Root, base: URL | null): Root {
  const clean = sanitize(body, SCHEMA)
  const tree: Root = clean.type === 'root' ? clean : { type: 'root', children: [] }
  fixUrls(tree, base)
  return tree
}

/** The sanitized tree as an HTML string. */
export function htmlOf(tree: Root): string {
  return toHtml(tree).trim()
}

/** The sanitized tree as GitHub-flavoured Markdown, the title as a first-level heading. */
export function markdownOf(tree: Root, title: string | null): string {
  const md = toMdast(tree) as MdRoot
  const children: MdContent[] = [...md.children]
  if (title)
    children.unshift({ type: 'heading', depth: 1, children: [{ type: 'text', value: title }] })
  if (children.length === 0) return ''
  return toMarkdown(
    { type: 'root', children },
    { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_', rule: '-', fences: true },
  ).trim()
}
