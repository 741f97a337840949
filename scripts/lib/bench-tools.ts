/**
 * The tools `scripts/bench.ts` times, each loaded on demand so that a child
 * process holds only its own tool's modules (peak memory is per tool).
 * A tool's `run` does the tool's whole work on a decoded page and nothing
 * else: no conversion of its output, which is scoring, not extraction.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { validUrl } from './defuddle-dom.js'

/** One page's work: the decoded HTML and its address in, anything out. */
export type BenchRun = (html: string, url: string | null) => unknown

export interface BenchTool {
  /** Short id for `--tools`. */
  readonly id: string
  readonly name: string
  readonly load: () => Promise<BenchRun>
}

export const benchTools: readonly BenchTool[] = [
  {
    id: 'parse5',
    name: 'parse5 alone (floor)',
    async load() {
      const { parse } = await import('parse5')
      // The options clean-article parses with (src/html/parse.ts).
      return (html) => parse(html, { scriptingEnabled: false })
    },
  },
  {
    id: 'clean-article',
    name: 'clean-article',
    async load() {
      const { cleanArticle } = await import('../../src/index.js')
      return (html, url) => cleanArticle(html, { format: 'html', ...(url ? { url } : {}) })
    },
  },
  {
    // `html` is written on first read; Readability always serialises its
    // content, so this is the like-for-like row when HTML output is wanted.
    id: 'clean-article-html',
    name: 'clean-article, reading html',
    async load() {
      const { cleanArticle } = await import('../../src/index.js')
      return (html, url) => cleanArticle(html, { format: 'html', ...(url ? { url } : {}) }).html
    },
  },
  {
    id: 'baseline',
    name: 'clean-article (baseline)',
    async load() {
      // Another checkout of the library (`--baseline <dir>`), to time a change within one run.
      const dir = process.env.BENCH_BASELINE
      if (!dir) throw new Error('the baseline tool needs --baseline <dir>')
      const url = pathToFileURL(resolve(dir, 'src/index.ts')).href
      const { cleanArticle } = (await import(url)) as typeof import('../../src/index.js')
      return (html, url) => cleanArticle(html, { format: 'html', ...(url ? { url } : {}) })
    },
  },
  {
    id: 'readability-linkedom',
    name: 'Readability + linkedom',
    async load() {
      const { Readability } = await import('@mozilla/readability')
      const { parseHTML } = await import('linkedom')
      return (html) => {
        const { document } = parseHTML(html)
        return new Readability(document as unknown as Document).parse()
      }
    },
  },
  {
    id: 'readability-jsdom',
    name: 'Readability + jsdom',
    async load() {
      const { Readability } = await import('@mozilla/readability')
      const { JSDOM, VirtualConsole } = await import('jsdom')
      return (html, url) => {
        const href = validUrl(url)
        // A console that goes nowhere: jsdom reports unparsable CSS on it.
        const options = { virtualConsole: new VirtualConsole(), ...(href ? { url: href } : {}) }
        const dom = new JSDOM(html, options)
        try {
          return new Readability(dom.window.document).parse()
        } finally {
          dom.window.close()
        }
      }
    },
  },
  {
    id: 'defuddle',
    name: 'Defuddle (linkedom)',
    async load() {
      const { Defuddle } = await import('defuddle/node')
      const { linkedomForDefuddle } = await import('./defuddle-dom.js')
      return async (html, url) => {
        const href = validUrl(url)
        const document = linkedomForDefuddle(html, href)
        // useAsync: false — no fetching from third-party APIs.
        return await Defuddle(document, href ?? undefined, { useAsync: false })
      }
    },
  },
]
