/**
 * Output formats: a map from a format's name to how it renders an article
 * and the file extension it takes in `--out-dir`. A new format is one entry.
 */
import type { CleanArticle } from '../types.js'

export interface Renderer {
  /** Extension of the file written per input in `--out-dir`, with its dot. */
  readonly extension: string
  /** The article as the format's text, ending with a newline. */
  readonly render: (article: CleanArticle) => string
}

/** The article as text: section label, title, byline, then the body. */
function renderText(article: CleanArticle): string {
  const head = [
    article.section ? `[${article.section}]` : null,
    article.title ? `# ${article.title}` : null,
    article.byline ? `By ${article.byline}` : null,
  ].filter((line): line is string => line !== null)
  return `${[...head, '', article.text].join('\n').trim()}\n`
}

/** The whole article object, indented. */
function renderJson(article: CleanArticle): string {
  return `${JSON.stringify(article, null, 2)}\n`
}

/** The article as GitHub-flavoured Markdown, title first. */
function renderMarkdown(article: CleanArticle): string {
  return `${article.markdown.trimEnd()}\n`
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
}

/** The article as an HTML fragment: the title as `<h1>`, then the sanitized body. */
function renderHtml(article: CleanArticle): string {
  const title = article.title
    ? `<h1>${article.title.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c)}</h1>\n`
    : ''
  return `<article>\n${title}${article.html.trim()}\n</article>\n`
}

export const RENDERERS = {
  text: { extension: '.txt', render: renderText },
  json: { extension: '.json', render: renderJson },
  markdown: { extension: '.md', render: renderMarkdown },
  html: { extension: '.html', render: renderHtml },
} as const satisfies Readonly<Record<string, Renderer>>

export type OutputFormat = keyof typeof RENDERERS

export const OUTPUT_FORMATS = Object.keys(RENDERERS) as readonly OutputFormat[]

export function isOutputFormat(name: string): name is OutputFormat {
  return Object.hasOwn(RENDERERS, name)
}

/** One line of `--jsonl` output: the article as compact JSON, its `id` first when given. */
export function renderJsonLine(article: CleanArticle, id: unknown): string {
  return `${JSON.stringify(id === undefined ? article : { id, ...article })}\n`
}
