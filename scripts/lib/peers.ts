/**
 * The extractors `scripts/compare.ts` runs beside clean-article, and the
 * block-aware conversion of their content HTML to text.
 *
 * Every tool gets the same decoded string (`decode` of `src/decode.ts`) and
 * returns the fields of a prediction row. What is timed is the tool's own
 * work on that string: the DOM parse plus the extraction for the peers, the
 * whole `cleanArticle` call for clean-article. Turning content HTML into text
 * is scoring, not extraction, so it is left out of the time.
 */
import { Readability } from '@mozilla/readability'
import { Defuddle } from 'defuddle/node'
import type { Element, Nodes, Root } from 'hast'
import { fromParse5 } from 'hast-util-from-parse5'
import { JSDOM, VirtualConsole } from 'jsdom'
import { parseHTML } from 'linkedom'
import { parseFragment } from 'parse5'
import { cleanArticle } from '../../src/index.js'
import { linkedomForDefuddle, validUrl } from './defuddle-dom.js'
import { type ArticleFields, fieldsOf } from './prediction.js'

/** What a tool found on one page, as prediction fields. */
/** What every tool returns: the scored fields of the page. */
export type Extracted = ArticleFields

/** One tool: `run` returns the page's fields and the milliseconds of the timed part. */
export interface Tool {
  readonly name: string
  readonly run: (html: string, url: string | null) => Promise<{ out: Extracted; ms: number }>
}

// ---- content HTML → text ---------------------------------------------------

/** Elements whose start and end break the text into blocks. */
// biome-ignore format: a list of names
const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
])

/** Elements whose content is never visible text. */
const skipTags = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe'])

/** Text of a `pre`, line breaks kept. */
function preText(node: Nodes): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element' && node.tagName === 'br') return '\n'
  if (node.type !== 'element' && node.type !== 'root') return ''
  return node.children.map(preText).join('')
}

/**
 * Content HTML as text: one block per paragraph, heading, list item, quote,
 * `pre`, table cell, caption or run of a `div`'s own text, blocks separated by
 * a blank line; `<br>` is a line break; other whitespace collapses to a space.
 */
export function htmlToText(html: string): string {
  const tree = fromParse5(parseFragment(html)) as Root
  const blocks: string[] = []
  let line = ''
  const flush = () => {
    const text = line
      .split('\n')
      .map((part) => part.replace(/\s+/g, ' ').trim())
      .filter((part) => part !== '')
      .join('\n')
    if (text) blocks.push(text)
    line = ''
  }
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      line += node.value.replace(/\s+/g, ' ')
      return
    }
    if (node.type !== 'element' && node.type !== 'root') return
    if (node.type === 'element') {
      const tag = (node as Element).tagName
      if (skipTags.has(tag)) return
      if (tag === 'br') {
        line += '\n'
        return
      }
      if (tag === 'pre') {
        flush()
        const text = preText(node).replace(/^\s*\n|\s+$/g, '')
        if (text.trim()) blocks.push(text)
        return
      }
      if (blockTags.has(tag)) {
        flush()
        for (const child of node.children) walk(child)
        flush()
        return
      }
    }
    for (const child of node.children) walk(child)
  }
  walk(tree)
  flush()
  return blocks.join('\n\n')
}

// ---- the tools -------------------------------------------------------------

const orNull = (value: string | null | undefined): string | null =>
  value?.trim() ? value.trim() : null

interface ReadabilityResult {
  readonly content: string | null | undefined
  readonly title: string | null | undefined
  readonly byline: string | null | undefined
  readonly publishedTime: string | null | undefined
  readonly lang: string | null | undefined
  readonly siteName: string | null | undefined
}

function fromReadability(article: ReadabilityResult | null): Extracted {
  return {
    text: article?.content ? htmlToText(article.content) : '',
    title: orNull(article?.title),
    author: orNull(article?.byline),
    published: orNull(article?.publishedTime),
    lang: orNull(article?.lang),
    siteName: orNull(article?.siteName),
  }
}

const readabilityLinkedom: Tool = {
  name: 'Readability (linkedom)',
  async run(html) {
    const start = performance.now()
    const { document } = parseHTML(html)
    const article = new Readability(document as unknown as Document).parse()
    const ms = performance.now() - start
    return { out: fromReadability(article), ms }
  },
}

const readabilityJsdom: Tool = {
  name: 'Readability (jsdom)',
  async run(html, url) {
    const href = validUrl(url)
    // A console that goes nowhere: jsdom reports unparsable CSS on it.
    const options = { virtualConsole: new VirtualConsole(), ...(href ? { url: href } : {}) }
    const start = performance.now()
    const dom = new JSDOM(html, options)
    try {
      const article = new Readability(dom.window.document).parse()
      const ms = performance.now() - start
      return { out: fromReadability(article), ms }
    } finally {
      dom.window.close()
    }
  },
}

const defuddleLinkedom: Tool = {
  name: 'Defuddle (defuddle/node + linkedom)',
  async run(html, url) {
    const href = validUrl(url)
    const start = performance.now()
    const document = linkedomForDefuddle(html, href)
    // useAsync: false — no fetching from third-party APIs (transcripts and the like).
    const result = await Defuddle(document, href ?? undefined, { useAsync: false })
    const ms = performance.now() - start
    return {
      out: {
        text: result.content ? htmlToText(result.content) : '',
        title: orNull(result.title),
        author: orNull(result.author),
        published: orNull(result.published),
        lang: orNull(result.language),
        siteName: orNull(result.site),
      },
      ms,
    }
  },
}

const cleanArticleTool: Tool = {
  name: 'clean-article',
  async run(html, url) {
    const start = performance.now()
    const article = cleanArticle(html, { format: 'html', ...(url ? { url } : {}) })
    const ms = performance.now() - start
    return {
      out: fieldsOf(article),
      ms,
    }
  },
}

/** Every tool, in the order of the table. */
export const tools: readonly Tool[] = [
  readabilityLinkedom,
  readabilityJsdom,
  defuddleLinkedom,
  cleanArticleTool,
]
